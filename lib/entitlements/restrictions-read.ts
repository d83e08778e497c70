import { authorize } from "@/lib/access/authorize";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { findOrgsByIdsCached } from "@/lib/orgs/org-cache";
import { loadEffectiveEntitlements, type OrgRef } from "./effective";
import { describeEffective, type EffectiveView } from "./view";

/**
 * Returns the orgs from the root down to `org`, root first, so that the console can name the
 * parent that set each restriction. `org` must be the acting org or a descendant of it. Ancestors
 * above the acting org are named too: effective entitlements already name them as restricting orgs.
 */
export async function getOrgPath(db: Db, context: RequestContext, org: Org): Promise<OrgRef[]> {
  authorize(context, "org.read", org);
  const ids = [...org.ancestorIds, org.id];
  const byId = new Map((await findOrgsByIdsCached(db, ids)).map((found) => [found.id, found]));
  return ids.map((id) => ({ orgId: id, orgName: byId.get(id)?.name ?? id }));
}

export interface ActingOrgRestrictions {
  path: OrgRef[];
  /** What the acting org may use. Its children can be given at most this. */
  effective: EffectiveView;
}

/** Returns the acting org's effective entitlements and its path, for editors of its children. */
export async function getActingOrgRestrictions(db: Db, context: RequestContext): Promise<ActingOrgRestrictions> {
  authorize(context, "org.read");
  const [path, effective] = await Promise.all([
    getOrgPath(db, context, context.actingOrg),
    loadEffectiveEntitlements(db, context.actingOrg),
  ]);
  return { path, effective: describeEffective(effective) };
}
