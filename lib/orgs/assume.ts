import type { Org } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Forbidden, Invalid, NotFound } from "@/lib/errors";
import type { Permission } from "@/lib/access/permissions";
import { parseOrgId } from "./ids";
import { findOrgByIdCached, findOrgsByIdsCached } from "./org-cache";

/**
 * Resolves the org to act as from the caller's home org and a requested org id. The target must
 * be the home org or a descendant of it, the caller must hold `orgs.assume` to leave the home org,
 * and neither the target nor any of its ancestors may be suspended.
 * An unknown org and an org outside the caller's tree get the same 404.
 */
export async function resolveActingOrg(
  db: Db,
  homeOrg: Org,
  permissions: ReadonlySet<Permission>,
  requestedOrgId: string | undefined,
): Promise<Org> {
  assertActive(homeOrg);
  if (requestedOrgId === undefined || requestedOrgId.toLowerCase() === homeOrg.id) {
    // A suspended ancestor blocks every org below it, including members' own orgs.
    for (const ancestor of await findOrgsByIdsCached(db, homeOrg.ancestorIds)) assertActive(ancestor);
    return homeOrg;
  }

  const targetId = parseOrgId(requestedOrgId);
  if (!targetId) {
    throw new Invalid(
      `x-assume-org must be an organization id (a UUID); got "${requestedOrgId.slice(0, 80)}".`,
      "x-assume-org",
    );
  }
  const target = await findOrgByIdCached(db, targetId);
  if (!target || !target.ancestorIds.includes(homeOrg.id)) {
    throw new NotFound(`Organization ${requestedOrgId} not found.`);
  }
  if (!permissions.has("orgs.assume")) {
    throw new Forbidden(`Missing permission orgs.assume in organization ${homeOrg.id}.`);
  }

  // The home org's ancestors and every org between it and the target must be active too.
  for (const org of [...(await findOrgsByIdsCached(db, target.ancestorIds)), target]) assertActive(org);
  return target;
}

function assertActive(org: Org): void {
  if (org.status === "suspended") {
    throw new Forbidden(
      `Organization ${org.id} (${org.name}) is suspended. A parent org admin can reactivate it.`,
      "org_suspended",
    );
  }
}
