import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MembersTable } from "@/features/members/members-table";
import { RoleLegend } from "@/features/members/role-legend";
import { requireOrgContext } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import { listMembers, type Member } from "@/lib/members/list";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const context = await requireOrgContext(orgId);
  let members: Member[] | null = null;
  let forbiddenReason = "";
  try {
    members = await listMembers(await getDb(), context);
  } catch (error) {
    if (!(error instanceof Forbidden)) throw error;
    forbiddenReason = error.message;
  }
  const currentUserId = context.actor.kind === "user" ? context.actor.userId : "";

  return (
    <>
      <PageHeader
        title="Members"
        description={`People who belong to ${context.actingOrg.name} and the role each one has.`}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          {members === null ? (
            <ForbiddenNotice what="the members of this organization" reason={forbiddenReason} role={context.role} />
          ) : members.length === 0 ? (
            <EmptyState
              title="No members yet"
              description={`Nobody belongs to ${context.actingOrg.name} yet. Inviting members is not available in the console yet; until then, members of a parent org with the orgs.assume permission can act as it from the switch organization menu.`}
            />
          ) : (
            <>
              <MembersTable members={members} currentUserId={currentUserId} />
              <p className="mt-2 text-xs text-slate-500">
                {members.length === 1 ? "1 member" : `${members.length} members`}. Dates are in your local time zone.
              </p>
            </>
          )}
        </div>
        <RoleLegend />
      </div>
    </>
  );
}
