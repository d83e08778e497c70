import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrgContext, requireSessionUser } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { loadOverview } from "@/features/overview/load-overview";
import { OrgDetailsCard } from "@/features/overview/org-details-card";
import { OverviewStats } from "@/features/overview/overview-stats";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const context = await requireOrgContext(orgId);
  const user = await requireSessionUser();
  const data = await loadOverview(await getDb(), context, user.userId);

  return (
    <>
      <PageHeader
        title={context.actingOrg.name}
        description={
          context.actingOrg.canHaveChildren
            ? "Your super org at a glance: its child orgs and the credits they used this billing period."
            : "This organization at a glance: its details and the credits it used this billing period."
        }
      />
      <div className="space-y-6">
        <OverviewStats data={data} orgId={context.actingOrg.id} role={context.role} />
        {data.profile.ok ? (
          <OrgDetailsCard profile={data.profile.data} parentName={data.parentName} />
        ) : (
          <ForbiddenNotice what="this organization's details" reason={data.profile.reason} role={context.role} />
        )}
      </div>
    </>
  );
}
