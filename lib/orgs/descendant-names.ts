import { authorize } from "@/lib/access/authorize";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { findOrgsByIdsCached } from "./org-cache";

/** Returns the names of those `ids` that are descendants of the acting org; other ids are left out. */
export async function listDescendantNames(db: Db, context: RequestContext, ids: string[]): Promise<Map<string, string>> {
  authorize(context, "childOrgs.read");
  const orgs = await findOrgsByIdsCached(db, [...new Set(ids)]);
  return new Map(
    orgs.filter((org) => org.ancestorIds.includes(context.actingOrg.id)).map((org) => [org.id, org.name]),
  );
}
