import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrgContext } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { PagePadding } from "@/features/child-orgs/page-padding";
import { loadEditorData } from "@/features/child-orgs/load-editor-data";
import { PresetForm } from "@/features/presets/preset-form";

export const metadata: Metadata = { title: "New preset" };

export default async function NewPresetPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const context = await requireOrgContext(orgId);
  const org = context.actingOrg;
  const back = (
    <Link href={`/orgs/${org.id}/presets`} className="text-sm text-slate-500 hover:text-slate-800">← Presets</Link>
  );
  if (!org.canHaveChildren || !context.permissions.has("entitlements.manage")) {
    return (
      <PagePadding>
        {back}
        <div className="mt-4">
          <EmptyState
            title="You cannot create presets here"
            description={
              org.canHaveChildren
                ? `Your role (${context.role}) lacks the entitlements.manage permission in ${org.name}. Ask an owner or admin for it.`
                : `${org.name} is not a super org, so it has no child orgs to restrict.`
            }
          />
        </div>
      </PagePadding>
    );
  }

  const data = await loadEditorData(await getDb(), context);
  return (
    <PagePadding>
      {back}
      <div className="mt-2">
        <PageHeader
          title="New preset"
          description={`Child orgs linked to this preset get exactly these restrictions, never more than ${org.name} may use itself.`}
        />
      </div>
      <PresetForm actingOrgId={org.id} voices={data.voices} soundTemplates={data.soundTemplates} locks={data.locks} />
    </PagePadding>
  );
}
