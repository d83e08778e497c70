import { entitlements } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAudit } from "@/lib/audit/record";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { getChildOrg } from "@/lib/orgs/child-orgs";
import { parseInput } from "@/lib/validation";
import { EntitlementsInput, type Entitlements } from "./schemas";
import { assertKnownIds, assertWithinParent, normalizeEntitlements, toColumns } from "./validate";

/**
 * Replaces the entitlements of a descendant of the acting org. Unknown catalog ids, and allow
 * lists naming items the child's parent may not use, are rejected with 400. A child linked to a
 * preset is unlinked: the values set here become its own.
 */
export async function updateChildEntitlements(
  db: Db,
  context: RequestContext,
  childOrgId: string,
  rawInput: unknown,
): Promise<Entitlements> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "entitlements.manage", child);
  const value = normalizeEntitlements(parseInput(EntitlementsInput, rawInput));
  await assertKnownIds(db, value);
  await assertWithinParent(db, child, value);

  const columns = { ...toColumns(value), presetId: null, updatedAt: new Date() };
  await writeTreeChange(db, child.rootId, async (tx) => {
    await tx
      .insert(entitlements)
      .values({ orgId: child.id, ...columns })
      .onConflictDoUpdate({ target: entitlements.orgId, set: columns });
    await recordAudit(tx, context, "entitlements.update", { targetOrgId: child.id, data: value });
  });
  return value;
}
