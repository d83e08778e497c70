import { and, eq, isNull, or, sql } from "drizzle-orm";
import { apiKeys, memberships, orgs, users } from "@/db/schema";
import { effectivePermissions, type RestrictionDraft } from "@/lib/access/effective-permissions";
import type { Org } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { toOrg } from "@/lib/orgs/queries";

/** A member or API key whose permissions a restriction change reduces. */
export interface AffectedHolder {
  kind: "member" | "apiKey";
  id: string;
  /** The member's name and email, or the key's name. */
  label: string;
  orgId: string;
  orgName: string;
  role: string;
  /** "role_not_allowed": keeps the membership or key but gets no permissions until reassigned. */
  outcome: "role_not_allowed" | "loses_permissions";
  lostPermissions: string[];
}

/**
 * Compares the permissions of every member and active API key in `org` and its descendants now
 * and under `draft`, and lists those who would lose something. Internal: callers authorize first.
 */
export async function findAffectedHolders(db: Db, org: Org, draft: RestrictionDraft): Promise<AffectedHolder[]> {
  const inSubtree = or(eq(orgs.id, org.id), sql`${org.id} = any(${orgs.ancestorIds})`);
  const members = await db
    .select({ org: orgs, id: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(inSubtree);
  const keys = await db
    .select({ org: orgs, id: apiKeys.id, name: apiKeys.name, role: apiKeys.role })
    .from(apiKeys)
    .innerJoin(orgs, eq(orgs.id, apiKeys.orgId))
    .where(and(inSubtree, isNull(apiKeys.revokedAt)));

  const holders = [
    ...members.map((row) => ({ kind: "member" as const, id: row.id, label: `${row.name} <${row.email}>`, org: toOrg(row.org), role: row.role })),
    ...keys.map((row) => ({ kind: "apiKey" as const, id: row.id, label: row.name, org: toOrg(row.org), role: row.role })),
  ];
  const affected: AffectedHolder[] = [];
  for (const holder of holders) {
    const now = await effectivePermissions(db, holder.org, holder.role);
    const next = await effectivePermissions(db, holder.org, holder.role, draft);
    const lost = [...now.permissions].filter((permission) => !next.permissions.has(permission));
    const newlyDisallowed = next.roleStatus === "not_allowed" && now.roleStatus !== "not_allowed";
    if (lost.length === 0 && !newlyDisallowed) continue;
    affected.push({
      kind: holder.kind,
      id: holder.id,
      label: holder.label,
      orgId: holder.org.id,
      orgName: holder.org.name,
      role: holder.role,
      outcome: next.roleStatus === "not_allowed" ? "role_not_allowed" : "loses_permissions",
      lostPermissions: lost,
    });
  }
  return affected;
}
