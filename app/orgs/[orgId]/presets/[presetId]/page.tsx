import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrgContext } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { PagePadding } from "@/features/child-orgs/page-padding";
import { loadEditorData } from "@/features/child-orgs/load-editor-data";
import { loadPresetDetail } from "@/features/presets/load-presets";
import { PresetForm } from "@/features/presets/preset-form";

export const metadata: Metadata = { title: "Preset" };

export default async function PresetPage({ params }: { params: Promise<{ orgId: string; presetId: string }> }) {
  const { orgId, presetId } = await params;
  const context = await requireOrgContext(orgId);
  const db = await getDb();
  const org = context.actingOrg;

  let detail: Awaited<ReturnType<typeof loadPresetDetail>>;
  try {
    detail = await loadPresetDetail(db, context, presetId);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
  const data = await loadEditorData(db, context);
  const { preset, value } = detail;
  const canManage = context.permissions.has("entitlements.manage");

  return (
    <PagePadding>
      <Link href={`/orgs/${org.id}/presets`} className="text-sm text-slate-500 hover:text-slate-800">← Presets</Link>
      <div className="mt-2">
        <PageHeader
          title={preset.name}
          description={
            preset.linkedOrgs.length === 0
              ? "No child org is linked to this preset yet. Link child orgs to it from their pages."
              : `${preset.linkedOrgs.length} linked child ${preset.linkedOrgs.length === 1 ? "org follows" : "orgs follow"} this preset.`
          }
        />
      </div>
      <PresetForm
        key={preset.updatedAt}
        actingOrgId={org.id}
        preset={{
          id: preset.id,
          name: preset.name,
          value: { voices: value.voices, soundTemplates: value.soundTemplates, voiceIntelligence: value.voiceIntelligence, activities: value.activities },
          linkedOrgs: preset.linkedOrgs,
        }}
        voices={data.voices}
        soundTemplates={data.soundTemplates}
        locks={data.locks}
        readOnlyReason={canManage ? undefined : `Read-only: your role (${context.role}) lacks the entitlements.manage permission, so you cannot change this preset.`}
      />
    </PagePadding>
  );
}
