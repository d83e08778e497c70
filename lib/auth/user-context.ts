import { and, asc, eq, sql } from "drizzle-orm";
import { memberships, orgs } from "@/db/schema";
import { effectivePermissions } from "@/lib/access/effective-permissions";
import { syncTreeVersion } from "@/lib/cache/tree-cache";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { resolveActingOrg } from "@/lib/orgs/assume";
import { parseOrgId } from "@/lib/orgs/ids";
import { findOrgById, toOrg } from "@/lib/orgs/queries";

export interface SessionUser {
  userId: string;
  email: string;
}

interface Membership {
  org: Org;
  role: string;
}

export async function listMemberships(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({ org: orgs, role: memberships.role })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt));
  return rows.map((row) => ({ org: toOrg(row.org), role: row.role }));
}

/**
 * Builds the request context of a console request acting as `orgId`. A direct membership in
 * `orgId` wins; otherwise the user acts from the nearest ancestor they are a member of, which must
 * allow assuming. Orgs the user cannot reach are NotFound.
 */
export async function contextForUser(
  db: Db,
  user: SessionUser,
  orgId: string,
  requestId: string,
): Promise<RequestContext> {
  const notFound = new NotFound(`Organization ${orgId.slice(0, 80)} not found.`);
  const targetId = parseOrgId(orgId);
  if (!targetId) throw notFound;
  const target = await findOrgById(db, targetId);
  if (!target) throw notFound;
  // In shared cache mode, see changes another process made to this tree before the cached reads.
  await syncTreeVersion(db, target.rootId);

  const all = await listMemberships(db, user.userId);
  const direct = all.find((membership) => membership.org.id === targetId);
  const home =
    direct ??
    all
      .filter((membership) => target.ancestorIds.includes(membership.org.id))
      .sort((a, b) => target.ancestorIds.indexOf(b.org.id) - target.ancestorIds.indexOf(a.org.id))[0];
  if (!home) throw notFound;

  const { permissions } = await effectivePermissions(db, home.org, home.role);
  const actingOrg = await resolveActingOrg(db, home.org, permissions, direct ? undefined : targetId);
  return {
    actor: { kind: "user", userId: user.userId, email: user.email },
    homeOrg: home.org,
    actingOrg,
    role: home.role,
    permissions,
    requestId,
  };
}

export interface SwitchableOrg {
  id: string;
  name: string;
  status: Org["status"];
  /** 0 for an org the user is a member of, 1 for its children, and so on. */
  depth: number;
  homeOrgId: string;
}

/** Lists every org the user may act as: their own orgs and, where their role allows, descendants. */
export async function listSwitchableOrgs(db: Db, userId: string): Promise<SwitchableOrg[]> {
  const result: SwitchableOrg[] = [];
  const seen = new Set<string>();
  for (const { org, role } of await listMemberships(db, userId)) {
    if (seen.has(org.id)) continue;
    seen.add(org.id);
    result.push({ id: org.id, name: org.name, status: org.status, depth: 0, homeOrgId: org.id });
    if (!(await effectivePermissions(db, org, role)).permissions.has("orgs.assume")) continue;
    const descendants = await db
      .select()
      .from(orgs)
      .where(and(sql`${org.id} = any(${orgs.ancestorIds})`))
      .orderBy(asc(sql`array_length(${orgs.ancestorIds}, 1)`), asc(orgs.name));
    for (const row of descendants) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      result.push({
        id: row.id,
        name: row.name,
        status: row.status,
        depth: row.ancestorIds.length - org.ancestorIds.length,
        homeOrgId: org.id,
      });
    }
  }
  return result;
}
