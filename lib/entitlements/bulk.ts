import { entitlements } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAuditForOrgs } from "@/lib/audit/record";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { findOrgsByIds } from "@/lib/orgs/queries";
import { parseInput } from "@/lib/validation";
import { BulkEntitlementsInput, type Entitlements } from "./schemas";
import { assertKnownIds, assertWithinParent, normalizeEntitlements, toColumns } from "./validate";

export interface BulkEntitlementsResult {
  orgIds: string[];
  entitlements: Entitlements;
}

/**
 * Replaces the entitlements of many descendants of the acting org with one body, all or nothing.
 * Any id that is not a descendant makes the whole change NotFound, without naming which one, so
 * that the answer reveals nothing about other tenants. Linked orgs are unlinked from their preset.
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
  const children = await findDescendants(db, context, [...new Set(input.childOrgIds)]);
  for (const child of children) authorize(context, "entitlements.manage", child);
  await assertKnownIds(db, value);
  for (const child of children) await assertWithinParent(db, child, value);

  const now = new Date();
  const columns = { ...toColumns(value), presetId: null, updatedAt: now };
  const orgIds = children.map((child) => child.id);
  await writeTreeChange(db, context.actingOrg.rootId, async (tx) => {
    await tx
      .insert(entitlements)
      .values(orgIds.map((orgId) => ({ orgId, ...columns })))
      .onConflictDoUpdate({ target: entitlements.orgId, set: columns });
    await recordAuditForOrgs(tx, context, "entitlements.update", orgIds, { bulk: true, orgCount: orgIds.length, ...value });
  });
  return { orgIds, entitlements: value };
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
