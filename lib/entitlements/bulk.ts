import { entitlements } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAuditForOrgs } from "@/lib/audit/record";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { findOrgsByIds } from "@/lib/orgs/queries";
import { parseInput } from "@/lib/validation";
import { readOwnEntitlements } from "./read";
import { BulkEntitlementsInput, ENTITLEMENT_FIELDS, type EntitlementField, type Entitlements } from "./schemas";
import { assertKnownIds, assertWithinParent, normalizeEntitlements, toColumns } from "./validate";

export interface BulkEntitlementsResult {
  orgIds: string[];
  entitlements: Entitlements;
}

/**
 * Applies one entitlements body to many descendants of the acting org, all or nothing: every part,
 * or only the parts named in `fields`, each org keeping its own value of the others.
 * Any id that is not a descendant makes the whole change NotFound, without naming which one, so
 * that the response reveals nothing about other tenants. Linked orgs are unlinked from their preset.
 * Each org gets its own audit event, so that its history shows the change.
 */
export async function applyEntitlementsToChildren(
  db: Db,
  context: RequestContext,
  rawInput: unknown,
): Promise<BulkEntitlementsResult> {
  authorize(context, "entitlements.manage");
  const input = parseInput(BulkEntitlementsInput, rawInput);
  const value = normalizeEntitlements(input.entitlements);
  const fields = new Set<EntitlementField>(input.fields ?? ENTITLEMENT_FIELDS);
  const children = await findDescendants(db, context, [...new Set(input.childOrgIds)]);
  for (const child of children) authorize(context, "entitlements.manage", child);
  await assertKnownIds(db, value);

  // Each org gets the chosen parts of `value` and keeps its own value of the others. Every org is
  // checked against the state before the change, so that one org's new value cannot make another
  // org's check pass.
  const merged = new Map<string, Entitlements>();
  const changesAll = fields.size === ENTITLEMENT_FIELDS.length;
  for (const child of children) {
    const next = changesAll ? value : withParts(await readOwnEntitlements(db, child.id), value, fields);
    await assertWithinParent(db, child, next);
    merged.set(child.id, next);
  }

  const now = new Date();
  const orgIds = children.map((child) => child.id);
  await writeTreeChange(db, context.actingOrg.rootId, async (tx) => {
    for (const [orgId, next] of merged) {
      const columns = { ...toColumns(next), presetId: null, updatedAt: now };
      await tx.insert(entitlements).values({ orgId, ...columns }).onConflictDoUpdate({ target: entitlements.orgId, set: columns });
    }
    await recordAuditForOrgs(tx, context, "entitlements.update", orgIds, { bulk: true, orgCount: orgIds.length, fields: [...fields], ...value });
  });
  return { orgIds, entitlements: value };
}

/** Returns `own` with the `fields` parts taken from `value`. */
function withParts(own: Entitlements, value: Entitlements, fields: ReadonlySet<EntitlementField>): Entitlements {
  return {
    voiceIntelligence: fields.has("voiceIntelligence") ? value.voiceIntelligence : own.voiceIntelligence,
    voices: fields.has("voices") ? value.voices : own.voices,
    soundTemplates: fields.has("soundTemplates") ? value.soundTemplates : own.soundTemplates,
    activities: fields.has("activities") ? value.activities : own.activities,
  };
}

async function findDescendants(db: Db, context: RequestContext, ids: string[]): Promise<Org[]> {
  const found = await findOrgsByIds(db, ids);
  const descendants = found.filter((org) => org.ancestorIds.includes(context.actingOrg.id));
  if (descendants.length !== ids.length) {
    throw new NotFound("One or more of the organizations in childOrgIds were not found.");
  }
  const order = new Map(ids.map((id, index) => [id, index]));
  return descendants.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
