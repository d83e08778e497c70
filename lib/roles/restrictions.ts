import { eq } from "drizzle-orm";
import { roleRestrictions } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import type { Permission } from "@/lib/access/permissions";
import { recordAudit } from "@/lib/audit/record";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Forbidden, Invalid } from "@/lib/errors";
import { getChildOrg } from "@/lib/orgs/child-orgs";
import { parseInput } from "@/lib/validation";
import { findAffectedHolders, type AffectedHolder } from "./affected";
import { availableRoles, type RoleDefinition } from "./available";
import { RoleRestrictionsInput } from "./schemas";

export interface RoleRestrictions {
  allowedRoles: string[] | null;
  permissionCeiling: Permission[] | null;
}

/** Reads the stored restrictions of an org without checks; internal to `lib/`. */
export async function readRoleRestrictions(db: Db, orgId: string): Promise<RoleRestrictions> {
  const [row] = await db.select().from(roleRestrictions).where(eq(roleRestrictions.orgId, orgId)).limit(1);
  return {
    allowedRoles: row?.allowedRoles ?? null,
    permissionCeiling: (row?.permissionCeiling as Permission[] | null | undefined) ?? null,
  };
}

/** Returns a descendant's role restrictions and the roles that exist in it. */
export async function getRoleRestrictions(
  db: Db,
  context: RequestContext,
  childOrgId: string,
): Promise<RoleRestrictions & { roles: RoleDefinition[] }> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "childOrgs.read", child);
  return { ...(await readRoleRestrictions(db, child.id)), roles: await availableRoles(db, child) };
}

/** Lists the members and API keys a restriction change would affect, without saving it. */
export async function previewRoleRestrictions(
  db: Db,
  context: RequestContext,
  childOrgId: string,
  rawInput: unknown,
): Promise<AffectedHolder[]> {
  const { child, input } = await checkChange(db, context, childOrgId, rawInput);
  return findAffectedHolders(db, child, { orgId: child.id, ...input });
}

/**
 * Sets which roles may be assigned in a direct child org of the acting org and the child's
 * permission ceiling. Members whose role is no longer allowed keep their membership but get no
 * permissions until reassigned. Applies from the next request of every member and key below.
 */
export async function setRoleRestrictions(
  db: Db,
  context: RequestContext,
  childOrgId: string,
  rawInput: unknown,
): Promise<RoleRestrictions & { affected: AffectedHolder[] }> {
  const { child, input } = await checkChange(db, context, childOrgId, rawInput);
  const affected = await findAffectedHolders(db, child, { orgId: child.id, ...input });
  const values = { allowedRoles: input.allowedRoles, permissionCeiling: input.permissionCeiling, updatedAt: new Date() };
  await writeTreeChange(db, child.rootId, async (tx) => {
    await tx
      .insert(roleRestrictions)
      .values({ orgId: child.id, ...values })
      .onConflictDoUpdate({ target: roleRestrictions.orgId, set: values });
    await recordAudit(tx, context, "roleRestrictions.update", {
      targetOrgId: child.id,
      data: { ...input, affected: affected.length },
    });
  });
  return { allowedRoles: input.allowedRoles, permissionCeiling: input.permissionCeiling, affected };
}

async function checkChange(
  db: Db,
  context: RequestContext,
  childOrgId: string,
  rawInput: unknown,
): Promise<{ child: Org; input: RoleRestrictions }> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "childOrgs.manage", child);
  if (child.parentId !== context.actingOrg.id) {
    throw new Forbidden(
      `Only the parent org of ${child.name} can restrict its roles. Act as its parent org to change them.`,
      "not_parent_org",
    );
  }
  const parsed = parseInput(RoleRestrictionsInput, rawInput);
  const allowedRoles = parsed.allowedRoles === null ? null : [...new Set(parsed.allowedRoles)];
  if (allowedRoles) {
    const known = new Set((await availableRoles(db, child)).map((role) => role.name));
    const unknown = allowedRoles.filter((role) => !known.has(role));
    if (unknown.length > 0) {
      throw new Invalid(
        `allowedRoles: unknown role(s) ${unknown.map((role) => `"${role.slice(0, 40)}"`).join(", ")} in ${child.name}.`,
        "allowedRoles",
        "unknown_role",
      );
    }
  }
  const ceiling = parsed.permissionCeiling;
  if (ceiling) {
    const above = ceiling.filter((permission) => !context.permissions.has(permission));
    if (above.length > 0) {
      throw new Invalid(
        `permissionCeiling: ${above.join(", ")} exceed your own permissions in ${context.actingOrg.name}; a ceiling may include only what you hold.`,
        "permissionCeiling",
        "ceiling_above_own",
      );
    }
  }
  return { child, input: { allowedRoles, permissionCeiling: ceiling } };
}
