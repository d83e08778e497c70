import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrgContext } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { PagePadding } from "@/features/child-orgs/page-padding";
import { loadPresetSummaries } from "@/features/presets/load-presets";
import { PresetsTable } from "@/features/presets/presets-table";

export const metadata: Metadata = { title: "Presets" };

export default async function PresetsPage({ params, searchParams }: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { orgId } = await params;
  const { created } = await searchParams;
  const context = await requireOrgContext(orgId);
  const org = context.actingOrg;
  const canManage = context.permissions.has("entitlements.manage");
  const newHref = `/orgs/${org.id}/presets/new`;
  const header = (
    <PageHeader
      title="Presets"
      description={`Named sets of restrictions for the child orgs of ${org.name}. A child org linked to a preset follows every edit of it.`}
      actions={org.canHaveChildren && canManage ? <Link href={newHref} className={buttonClasses()}>New preset</Link> : undefined}
    />
  );

  if (!org.canHaveChildren) {
    return (
      <PagePadding>
        <PageHeader title="Presets" />
        <EmptyState
          title={`${org.name} is not a super org`}
          description="Presets restrict child orgs, and only a super org has child orgs. Switch to a super org with the organization switcher."
        />
      </PagePadding>
    );
  }
  if (!context.permissions.has("childOrgs.read")) {
    return (
      <PagePadding>
        {header}
        <EmptyState
          title="You cannot view presets"
          description={`Your role (${context.role}) lacks the childOrgs.read permission in ${org.name}. Ask an owner or admin for it.`}
        />
      </PagePadding>
    );
  }

  const presets = await loadPresetSummaries(await getDb(), context);
  const createdPreset = created ? presets.find((preset) => preset.id === created) : undefined;
  return (
    <PagePadding>
      {header}
      {createdPreset && (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2.5 text-sm text-emerald-800">
          Created <strong className="font-semibold">{createdPreset.name}</strong>. Link child orgs to it from their pages.
        </p>
      )}
      {presets.length === 0 ? (
        <EmptyState
          title="No presets yet"
          description={
            canManage
              ? "Create a preset such as “Starter plan” with the voices, sound designs and activities it allows, then link child orgs to it from their pages. Editing the preset changes every linked child org."
              : "This org has no presets yet. Members with the entitlements.manage permission can create them."
          }
          action={canManage ? <Link href={newHref} className={buttonClasses()}>New preset</Link> : undefined}
        />
      ) : (
        <PresetsTable actingOrgId={org.id} presets={presets} canManage={canManage} />
      )}
    </PagePadding>
  );
}
