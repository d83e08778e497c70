import { entitlements } from "@/db/schema";
import { ACTIVITIES, type Activity } from "@/lib/catalog/activities";
import { invalidateTreeCaches } from "@/lib/cache/tree-cache";
import type { Org } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { insertOrg } from "./tenants";

const allBut = (...removed: Activity[]) => ACTIVITIES.filter((activity) => !removed.includes(activity));

/** The deny lists of each level of `createDeepTree`, root first. */
export const DEEP_TREE_DENIED = {
  root: { voice: "aria", soundTemplate: "pulse", activity: "lexi" },
  mid: { voice: "guy", soundTemplate: "dawn", activity: "media" },
  leaf: { voice: "jenny", soundTemplate: "campfire", activity: "connector" },
} as const;

/**
 * Creates root → mid → leaf (mid is a super org) with a deny list at each level: every level denies
 * one voice, one sound design and one activity, and the root also turns Voice Intelligence off
 * for `leafSibling`, a second child of mid. Rows are written directly, as test setup.
 */
export async function createDeepTree(db: Db, label: string) {
  const root = await insertOrg(db, { name: `${label} root`, canHaveChildren: true });
  const mid = await insertOrg(db, { name: `${label} mid`, parent: root, canHaveChildren: true });
  const leaf = await insertOrg(db, { name: `${label} leaf`, parent: mid });
  const leafSibling = await insertOrg(db, { name: `${label} leaf sibling`, parent: mid });
  const levels: [Org, (typeof DEEP_TREE_DENIED)[keyof typeof DEEP_TREE_DENIED]][] = [
    [root, DEEP_TREE_DENIED.root],
    [mid, DEEP_TREE_DENIED.mid],
    [leaf, DEEP_TREE_DENIED.leaf],
  ];
  for (const [org, denied] of levels) {
    await db.insert(entitlements).values({
      orgId: org.id,
      voicesMode: "deny",
      voiceIds: [denied.voice],
      soundTemplatesMode: "deny",
      soundTemplateIds: [denied.soundTemplate],
      activities: allBut(denied.activity),
    });
  }
  await db.insert(entitlements).values({ orgId: leafSibling.id, voiceIntelligence: false });
  // The rows above bypass writeTreeChange, so the caches are dropped by hand.
  invalidateTreeCaches();
  return { root, mid, leaf, leafSibling };
}
