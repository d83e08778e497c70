"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { applyEntitlementsToChildren, type BulkEntitlementsResult } from "@/lib/entitlements/bulk";
import { linkChildToPreset, unlinkChildFromPreset, type PresetLink } from "@/lib/entitlements/preset-links";
import type { BulkEntitlementsInput, Entitlements, EntitlementsInput } from "@/lib/entitlements/schemas";
import { updateChildEntitlements } from "@/lib/entitlements/update";
import { createChildOrg } from "@/lib/orgs/create-child-org";
import { setChildOrgStatus } from "@/lib/orgs/set-org-status";

export type CreateChildOrgState = ActionResult<{ orgId: string; orgName: string }> | null;

/** Creates a child org under `orgId`, the acting org from the URL; for `useActionState`. */
export async function createChildOrgAction(
  orgId: string,
  _previous: CreateChildOrgState,
  formData: FormData,
): Promise<CreateChildOrgState> {
  const orgName = formData.get("orgName");
  const isSuperOrg = formData.get("isSuperOrg") === "on";
  return runAction("createChildOrg", orgId, async (db, context) => {
    const org = await createChildOrg(db, context, { orgName: typeof orgName === "string" ? orgName : undefined, isSuperOrg });
    return { orgId: org.id, orgName: org.name };
  });
}

/** Replaces what the child org may use; `lib` checks that it is a descendant of `orgId`. */
export async function updateEntitlementsAction(
  orgId: string,
  childOrgId: string,
  input: EntitlementsInput,
): Promise<ActionResult<Entitlements>> {
  return runAction("updateEntitlements", orgId, (db, context) =>
    updateChildEntitlements(db, context, String(childOrgId), input),
  );
}

/** Suspends or reactivates a child org of `orgId`. */
export async function setChildOrgStatusAction(
  orgId: string,
  childOrgId: string,
  status: "active" | "suspended",
): Promise<ActionResult<{ status: "active" | "suspended" }>> {
  return runAction("setChildOrgStatus", orgId, async (db, context) => {
    const org = await setChildOrgStatus(db, context, String(childOrgId), { status });
    return { status: org.status };
  });
}

/** Replaces the entitlements of many descendants of `orgId` with one body, all or nothing. */
export async function bulkUpdateEntitlementsAction(
  orgId: string,
  input: BulkEntitlementsInput,
): Promise<ActionResult<BulkEntitlementsResult>> {
  return runAction("bulkUpdateEntitlements", orgId, (db, context) => applyEntitlementsToChildren(db, context, input));
}

/** Links a descendant of `orgId` to a preset of `orgId`; its entitlements then follow the preset. */
export async function linkPresetAction(
  orgId: string,
  childOrgId: string,
  presetId: string,
): Promise<ActionResult<PresetLink>> {
  return runAction("linkPreset", orgId, (db, context) => linkChildToPreset(db, context, String(childOrgId), { presetId }));
}

/** Unlinks a descendant of `orgId` from its preset; it keeps the preset's current values. */
export async function unlinkPresetAction(orgId: string, childOrgId: string): Promise<ActionResult<PresetLink>> {
  return runAction("unlinkPreset", orgId, (db, context) => unlinkChildFromPreset(db, context, String(childOrgId)));
}
