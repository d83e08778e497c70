import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { effectivePermissions, type EffectivePermissions } from "@/lib/access/effective-permissions";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: string;
  /** "not_allowed" when the parent org no longer allows the role here: the member has no permissions. */
  roleStatus: EffectivePermissions["roleStatus"];
  memberSince: Date;
}

/** Lists the members of the acting org with their roles. */
export async function listMembers(db: Db, context: RequestContext): Promise<Member[]> {
  authorize(context, "members.read");
  const rows = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      memberSince: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, context.actingOrg.id))
    .orderBy(asc(memberships.createdAt), asc(users.email));
  const statuses = new Map<string, EffectivePermissions["roleStatus"]>();
  for (const role of new Set(rows.map((row) => row.role))) {
    statuses.set(role, (await effectivePermissions(db, context.actingOrg, role)).roleStatus);
  }
  return rows.map((row) => ({ ...row, roleStatus: statuses.get(row.role) ?? "ok" }));
}
