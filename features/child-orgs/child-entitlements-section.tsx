import Link from "next/link";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { EffectiveEntitlements } from "./effective-entitlements";
import { EntitlementsEditor } from "./entitlements-editor";
import { loadChildEntitlements } from "./load-child-entitlements";
import { PresetLinkCard } from "./preset-link-card";

/** The entitlement part of a child org's page: preset link, restrictions editor and effective view. */
export async function ChildEntitlementsSection({ db, context, child }: { db: Db; context: RequestContext; child: Org }) {
  const data = await loadChildEntitlements(db, context, child);
  const actingOrgId = context.actingOrg.id;
  const presetId = data.view.presetId;
  const preset = presetId ? data.presets.find((item) => item.id === presetId) : undefined;
  const canManage = context.permissions.has("entitlements.manage");
  const missingPermission = `Read-only: your role (${context.role}) lacks the entitlements.manage permission, so you cannot change these restrictions.`;

  let readOnlyReason: React.ReactNode = canManage ? undefined : missingPermission;
  if (presetId) {
    readOnlyReason = (
      <>
        {child.name} is linked to the preset{" "}
        {preset ? (
          <Link href={`/orgs/${actingOrgId}/presets/${preset.id}`} className="font-semibold underline">{preset.name}</Link>
        ) : (
          "of another org"
        )}
        , so these restrictions follow it. Edit the preset to change every linked org, or unlink {child.name} to edit
        its restrictions here.
      </>
    );
  }

  return (
    <>
      <PresetLinkCard
        actingOrgId={actingOrgId}
        childOrgId={child.id}
        childOrgName={child.name}
        linkedPreset={presetId ? { id: presetId, name: preset?.name ?? null } : null}
        presets={data.presets}
        readOnlyReason={canManage ? undefined : `Your role (${context.role}) lacks the entitlements.manage permission.`}
      />
      <EntitlementsEditor
        key={presetId ?? "own"}
        actingOrgId={actingOrgId}
        childOrgId={child.id}
        childOrgName={child.name}
        initial={data.view.entitlements}
        voices={data.voices}
        soundTemplates={data.soundTemplates}
        locks={data.locks}
        readOnlyReason={readOnlyReason}
      />
      <EffectiveEntitlements
        childOrgName={child.name}
        effective={data.view.effective}
        path={data.path}
        voices={data.voices}
        soundTemplates={data.soundTemplates}
      />
    </>
  );
}
