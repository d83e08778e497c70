import { and, eq, inArray, sql } from "drizzle-orm";
import { customRoles, roleRestrictions } from "@/db/schema";
import type { Org } from "@/lib/context";
import { GenerationMap } from "@/lib/cache/tree-cache";
import type { Db } from "@/lib/db/client";
import { isPermission, type Permission } from "./permissions";
import { isBuiltInRole, ROLE_PERMISSIONS } from "./roles";

export interface EffectivePermissions {
  permissions: ReadonlySet<Permission>;
  /**
   * "ok"; "unknown" when the role is neither built in nor defined by the org or an ancestor;
   * "not_allowed" when the org's parent no longer allows the role there. The last two grant nothing.
   */
  roleStatus: "ok" | "unknown" | "not_allowed";
}

/** Restrictions on one org, either stored or a draft being previewed before it is saved. */
export interface RestrictionDraft {
  orgId: string;
  allowedRoles: string[] | null;
  permissionCeiling: string[] | null;
}

/**
 * Computes what a holder of `role` in `org` may do: the role's permissions (built in, or a custom
 * role defined by `org` or its nearest ancestor defining that name), intersected with the
 * permission ceiling set on `org` and on each of its ancestors. A role the parent does not allow
 * in `org` grants nothing. Both context builders call this on every request, so a restriction
 * applies from the next request on. `draft` replaces the stored restrictions of one org, to preview
 * a change.
 */
export async function effectivePermissions(
  db: Db,
  org: Org,
  role: string,
  draft?: RestrictionDraft,
): Promise<EffectivePermissions> {
  if (draft) return computeEffectivePermissions(db, org, role, draft);
  // Custom roles and restrictions change only through writeTreeChange, which empties this cache.
  const key = `${org.id} ${role}`;
  return (await cached.getOrLoad(db, key, () => computeEffectivePermissions(db, org, role))) as EffectivePermissions;
}

const cached = new GenerationMap<EffectivePermissions>();

async function computeEffectivePermissions(
  db: Db,
  org: Org,
  role: string,
  draft?: RestrictionDraft,
): Promise<EffectivePermissions> {
  const chain = [...org.ancestorIds, org.id];
  const granted = await permissionsOfRoleIn(db, chain, role);
  if (!granted) return { permissions: new Set(), roleStatus: "unknown" };

  let restrictions: RestrictionDraft[] = await db.select().from(roleRestrictions).where(inArray(roleRestrictions.orgId, chain));
  if (draft && chain.includes(draft.orgId)) {
    restrictions = [...restrictions.filter((row) => row.orgId !== draft.orgId), draft];
  }
  const own = restrictions.find((row) => row.orgId === org.id);
  if (own?.allowedRoles && !own.allowedRoles.includes(role)) {
    return { permissions: new Set(), roleStatus: "not_allowed" };
  }
  let permissions = granted;
  for (const row of restrictions) {
    if (!row.permissionCeiling) continue;
    const ceiling = new Set(row.permissionCeiling);
    permissions = permissions.filter((permission) => ceiling.has(permission));
  }
  return { permissions: new Set(permissions), roleStatus: "ok" };
}

/** Permissions of `role` as seen from the org at the end of `chain` (root first), or null if unknown. */
async function permissionsOfRoleIn(db: Db, chain: string[], role: string): Promise<Permission[] | null> {
  if (isBuiltInRole(role)) return [...ROLE_PERMISSIONS[role]];
  const rows = await db
    .select({ definingOrgId: customRoles.definingOrgId, permissions: customRoles.permissions })
    .from(customRoles)
    .where(and(inArray(customRoles.definingOrgId, chain), eq(sql`lower(${customRoles.name})`, role.toLowerCase())));
  if (rows.length === 0) return null;
  // The nearest definer wins when an org and its ancestor both define the name.
  const nearest = rows.sort((a, b) => chain.indexOf(b.definingOrgId) - chain.indexOf(a.definingOrgId))[0];
  return (nearest?.permissions ?? []).filter(isPermission);
}
