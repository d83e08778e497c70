import { eq } from "drizzle-orm";
import { entitlements } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAudit } from "@/lib/audit/record";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { getChildOrg } from "@/lib/orgs/child-orgs";
import { parseInput } from "@/lib/validation";
import { findOwnedPreset } from "./presets-read";
import { rowToEntitlements, UNRESTRICTED } from "./read";
import { PresetLinkInput, type Entitlements } from "./schemas";
import { assertWithinParent, toColumns } from "./validate";

export interface PresetLink {
  orgId: string;
  presetId: string | null;
  entitlements: Entitlements;
}

/**
 * Links a descendant of the acting org to a preset the acting org owns: the child's entitlements
 * become the preset's values and follow its later edits. Orgs outside the acting org's subtree and
 * presets of other orgs are NotFound.
 */
export async function linkChildToPreset(db: Db, context: RequestContext, childOrgId: string, rawInput: unknown): Promise<PresetLink> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "entitlements.manage", child);
  const { presetId } = parseInput(PresetLinkInput, rawInput);
  const preset = await findOwnedPreset(db, context, presetId);
  const value: Entitlements = {
    voices: preset.voices,
    soundTemplates: preset.soundTemplates,
    voiceIntelligence: preset.voiceIntelligence,
    activities: preset.activities,
  };
  await assertWithinParent(db, child, value);

  const columns = { ...toColumns(value), presetId: preset.id, updatedAt: new Date() };
  await writeTreeChange(db, child.rootId, async (tx) => {
    await tx
      .insert(entitlements)
      .values({ orgId: child.id, ...columns })
      .onConflictDoUpdate({ target: entitlements.orgId, set: columns });
    await recordAudit(tx, context, "entitlements.linkPreset", { targetOrgId: child.id, targetId: preset.id, data: value });
  });
  return { orgId: child.id, presetId: preset.id, entitlements: value };
}

/**
 * Unlinks a descendant from its preset; it keeps the preset's current values as its own. Unlinking
 * an org that follows no preset changes nothing.
 */
export async function unlinkChildFromPreset(db: Db, context: RequestContext, childOrgId: string): Promise<PresetLink> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "entitlements.manage", child);
  const [current] = await db.select().from(entitlements).where(eq(entitlements.orgId, child.id)).limit(1);
  if (!current?.presetId) {
    return { orgId: child.id, presetId: null, entitlements: current ? rowToEntitlements(current) : UNRESTRICTED };
  }

  const presetId = current.presetId;
  return writeTreeChange(db, child.rootId, async (tx) => {
    const [row] = await tx
      .update(entitlements)
      .set({ presetId: null, updatedAt: new Date() })
      .where(eq(entitlements.orgId, child.id))
      .returning();
    await recordAudit(tx, context, "entitlements.unlinkPreset", { targetOrgId: child.id, targetId: presetId });
    return { orgId: child.id, presetId: null, entitlements: row ? rowToEntitlements(row) : UNRESTRICTED };
  });
}
