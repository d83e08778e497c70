"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { createEntitlementPreset, deleteEntitlementPreset, updateEntitlementPreset } from "@/lib/entitlements/presets-write";
import type { EntitlementPresetInput } from "@/lib/entitlements/schemas";

/** Creates an entitlement preset owned by `orgId`, the acting org from the URL. */
export async function createPresetAction(orgId: string, input: EntitlementPresetInput): Promise<ActionResult<{ presetId: string }>> {
  return runAction("createPreset", orgId, async (db, context) => {
    const preset = await createEntitlementPreset(db, context, input);
    return { presetId: preset.id };
  });
}

/** Replaces a preset of `orgId`; every linked child org follows in the same transaction. */
export async function updatePresetAction(
  orgId: string,
  presetId: string,
  input: EntitlementPresetInput,
): Promise<ActionResult<{ presetId: string; linkedOrgCount: number }>> {
  return runAction("updatePreset", orgId, async (db, context) => {
    const preset = await updateEntitlementPreset(db, context, String(presetId), input);
    return { presetId: preset.id, linkedOrgCount: preset.linkedOrgIds.length };
  });
}

/** Deletes a preset of `orgId`; linked child orgs keep their current values. */
export async function deletePresetAction(orgId: string, presetId: string): Promise<ActionResult<{ presetId: string }>> {
  return runAction("deletePreset", orgId, async (db, context) => {
    await deleteEntitlementPreset(db, context, String(presetId));
    return { presetId: String(presetId) };
  });
}
