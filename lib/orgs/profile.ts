import { authorize } from "@/lib/access/authorize";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { readOwnEntitlements, summarizeEntitlements } from "@/lib/entitlements/read";

/** The acting org as `GET /org` returns it. */
export async function getActingOrgProfile(db: Db, context: RequestContext) {
  authorize(context, "org.read");
  return describeOrg(context.actingOrg, summarizeEntitlements(await readOwnEntitlements(db, context.actingOrg.id)));
}

export function describeOrg(org: Org, entitlements: ReturnType<typeof summarizeEntitlements>) {
  return {
    orgId: org.id,
    orgName: org.name,
    parentOrgId: org.parentId,
    isSuperOrg: org.canHaveChildren,
    status: org.status,
    createdAt: org.createdAt.toISOString(),
    entitlements,
  };
}
