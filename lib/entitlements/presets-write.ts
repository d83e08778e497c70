import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { entitlementPresets, entitlements } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAudit, recordAuditForOrgs } from "@/lib/audit/record";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { Conflict, Forbidden, NotFound } from "@/lib/errors";
import { findOrgsByIds } from "@/lib/orgs/queries";
import { parseInput } from "@/lib/validation";
import { findOwnedPreset, type EntitlementPreset } from "./presets-read";
import { EntitlementPresetInput, type Entitlements } from "./schemas";
import { assertKnownIds, assertWithinOrg, assertWithinParent, normalizeEntitlements, toColumns } from "./validate";

/** Creates a preset owned by the acting org, which must be a super org. */
export async function createEntitlementPreset(db: Db, context: RequestContext, rawInput: unknown): Promise<EntitlementPreset> {
  authorize(context, "entitlements.manage");
  const owner = context.actingOrg;
  if (!owner.canHaveChildren) {
    throw new Forbidden(`Organization ${owner.id} is not a super org, so it cannot have entitlement presets.`, "not_a_super_org");
  }
  const { name, value } = await parsePreset(db, context, rawInput);

  const id = randomUUID();
  await withNameConflict(name, () =>
    writeTreeChange(db, owner.rootId, async (tx) => {
      await tx.insert(entitlementPresets).values({ id, ownerOrgId: owner.id, name, ...toColumns(value) });
      await recordAudit(tx, context, "entitlementPreset.create", { targetId: id, data: { name, ...value } });
    }),
  );
  return findOwnedPreset(db, context, id);
}

/**
 * Replaces a preset's name and values, and rewrites every linked org's entitlements to match in
 * the same transaction, with one audit event per linked org. Rejected with 400, changing nothing,
 * when the values do not fit under the parent of any linked org.
 */
export async function updateEntitlementPreset(
  db: Db,
  context: RequestContext,
  presetId: string,
  rawInput: unknown,
): Promise<EntitlementPreset> {
  authorize(context, "entitlements.manage");
  const preset = await findOwnedPreset(db, context, presetId);
  const { name, value } = await parsePreset(db, context, rawInput);
  for (const linked of await findOrgsByIds(db, preset.linkedOrgIds)) {
    await assertWithinParent(db, linked, value);
  }

  const now = new Date();
  await withNameConflict(name, () =>
    writeTreeChange(db, context.actingOrg.rootId, async (tx) => {
      const updated = await tx
        .update(entitlementPresets)
        .set({ name, ...toColumns(value), updatedAt: now })
        .where(and(eq(entitlementPresets.id, preset.id), eq(entitlementPresets.ownerOrgId, context.actingOrg.id)))
        .returning({ id: entitlementPresets.id });
      if (updated.length === 0) throw new NotFound(`Entitlement preset ${presetId} not found.`);
      const linked = await tx
        .update(entitlements)
        .set({ ...toColumns(value), updatedAt: now })
        .where(eq(entitlements.presetId, preset.id))
        .returning({ orgId: entitlements.orgId });
      await recordAudit(tx, context, "entitlementPreset.update", { targetId: preset.id, data: { name, ...value } });
      await recordAuditForOrgs(tx, context, "entitlements.update", linked.map((row) => row.orgId), {
        presetId: preset.id,
        ...value,
      });
    }),
  );
  return findOwnedPreset(db, context, preset.id);
}

/** Deletes a preset. Linked orgs keep their current values as their own. */
export async function deleteEntitlementPreset(db: Db, context: RequestContext, presetId: string): Promise<void> {
  authorize(context, "entitlements.manage");
  const preset = await findOwnedPreset(db, context, presetId);
  await writeTreeChange(db, context.actingOrg.rootId, async (tx) => {
    const linked = await tx
      .update(entitlements)
      .set({ presetId: null })
      .where(eq(entitlements.presetId, preset.id))
      .returning({ orgId: entitlements.orgId });
    await tx
      .delete(entitlementPresets)
      .where(and(eq(entitlementPresets.id, preset.id), eq(entitlementPresets.ownerOrgId, context.actingOrg.id)));
    await recordAudit(tx, context, "entitlementPreset.delete", {
      targetId: preset.id,
      data: { name: preset.name, linkedOrgIds: linked.map((row) => row.orgId) },
    });
    await recordAuditForOrgs(tx, context, "entitlements.unlinkPreset", linked.map((row) => row.orgId), {
      presetId: preset.id,
    });
  });
}

async function parsePreset(db: Db, context: RequestContext, rawInput: unknown): Promise<{ name: string; value: Entitlements }> {
  const input = parseInput(EntitlementPresetInput, rawInput);
  const value = normalizeEntitlements(input);
  await assertKnownIds(db, value);
  // Children of the owner get at most what the owner may use.
  await assertWithinOrg(db, context.actingOrg, value);
  return { name: input.name, value };
}

async function withNameConflict<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, "entitlement_presets_owner_name_idx")) {
      throw new Conflict(`An entitlement preset named "${name}" already exists. Choose another name.`, "name", "preset_name_taken");
    }
    throw error;
  }
}
