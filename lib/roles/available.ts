import { asc, eq, inArray } from "drizzle-orm";
import { customRoles, roleRestrictions } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { isPermission, type Permission } from "@/lib/access/permissions";
import { BUILT_IN_ROLES, ROLE_PERMISSIONS } from "@/lib/access/roles";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";

export interface RoleDefinition {
  name: string;
  description: string;
  permissions: Permission[];
  builtIn: boolean;
  /** The super org that defined a custom role; null for built-in roles. */
  definingOrgId: string | null;
  id: string | null;
}

const BUILT_IN_DESCRIPTIONS: Record<(typeof BUILT_IN_ROLES)[number], string> = {
  owner: "Everything, including billing changes.",
  admin: "Everything except changing billing details.",
  developer: "Read access, API keys, acting as child orgs and calling every API.",
  billing: "Read access and billing changes.",
  viewer: "Read access only.",
};

/**
 * Lists the roles that exist in `org` without checks: the built-in roles, then custom roles
 * defined by `org` or an ancestor (the nearest definer wins a shared name). Internal to `lib/`.
 */
export async function availableRoles(db: Db, org: Org): Promise<RoleDefinition[]> {
  const chain = [...org.ancestorIds, org.id];
  const builtIn = BUILT_IN_ROLES.map((name) => ({
    name,
    description: BUILT_IN_DESCRIPTIONS[name],
    permissions: [...ROLE_PERMISSIONS[name]],
    builtIn: true,
    definingOrgId: null,
    id: null,
  }));
  const rows = await db.select().from(customRoles).where(inArray(customRoles.definingOrgId, chain)).orderBy(asc(customRoles.name));
  rows.sort((a, b) => chain.indexOf(b.definingOrgId) - chain.indexOf(a.definingOrgId));
  const custom = new Map<string, RoleDefinition>();
  for (const row of rows) {
    if (custom.has(row.name)) continue;
    custom.set(row.name, {
      name: row.name,
      description: row.description,
      permissions: row.permissions.filter(isPermission),
      builtIn: false,
      definingOrgId: row.definingOrgId,
      id: row.id,
    });
  }
  return [...builtIn, ...[...custom.values()].sort((a, b) => a.name.localeCompare(b.name))];
}

/** Lists the roles of the acting org with their permissions, for the Roles page and `GET /roles`. */
export async function listRoles(db: Db, context: RequestContext): Promise<RoleDefinition[]> {
  authorize(context, "members.read");
  return availableRoles(db, context.actingOrg);
}

/** Lists the names of roles that may be assigned in the acting org (its parent may allow only some). */
export async function listAssignableRoleNames(db: Db, context: RequestContext): Promise<string[]> {
  authorize(context, "members.read");
  const [roles, restriction] = await Promise.all([
    availableRoles(db, context.actingOrg),
    db.select().from(roleRestrictions).where(eq(roleRestrictions.orgId, context.actingOrg.id)).limit(1),
  ]);
  const allowed = restriction[0]?.allowedRoles;
  return roles.map((role) => role.name).filter((name) => !allowed || allowed.includes(name));
}
