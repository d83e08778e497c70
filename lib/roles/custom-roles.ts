import { randomUUID } from "node:crypto";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { apiKeys, customRoles, invitations, memberships, orgs } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { assertNotAboveCaller } from "@/lib/access/rank";
import { isBuiltInRole } from "@/lib/access/roles";
import { recordAudit } from "@/lib/audit/record";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import type { RoleDefinition } from "./available";
import { CustomRoleInput } from "./schemas";

/** Creates a custom role in the acting org, which must be a super org; its descendants may use it. */
export async function createCustomRole(db: Db, context: RequestContext, rawInput: unknown): Promise<RoleDefinition> {
  authorize(context, "members.manage");
  const input = parseInput(CustomRoleInput, rawInput);
  assertSuperOrg(context);
  if (isBuiltInRole(input.name)) {
    throw new Invalid(`name: "${input.name}" is a built-in role. Choose another name.`, "name", "role_name_reserved");
  }
  assertWithinOwn(context, input.permissions);

  const id = randomUUID();
  try {
    await writeTreeChange(db, context.actingOrg.rootId, async (tx) => {
      await tx.insert(customRoles).values({
        id,
        definingOrgId: context.actingOrg.id,
        name: input.name,
        description: input.description,
        permissions: unique(input.permissions),
      });
      await recordAudit(tx, context, "role.create", { targetOrgId: context.actingOrg.id, targetId: id, data: input });
    });
  } catch (error) {
    if (isUniqueViolation(error, "custom_roles_name_idx")) {
      throw new Conflict(`A role named "${input.name}" already exists in ${context.actingOrg.name}.`, "name", "role_name_taken");
    }
    throw error;
  }
  return {
    id,
    name: input.name,
    description: input.description,
    permissions: unique(input.permissions),
    builtIn: false,
    definingOrgId: context.actingOrg.id,
  };
}

/**
 * Replaces the description and permissions of a custom role the acting org defined. Holders of the
 * role get the new permissions on their next request.
 */
export async function updateCustomRole(
  db: Db,
  context: RequestContext,
  roleId: string,
  rawInput: unknown,
): Promise<RoleDefinition> {
  authorize(context, "members.manage");
  const existing = await findOwnRole(db, context, roleId);
  assertNotAboveCaller(context, existing.permissions, `change the role "${existing.name}"`);
  const input = parseInput(CustomRoleInput, { ...(rawInput as object), name: existing.name });
  assertWithinOwn(context, input.permissions);
  const permissions = unique(input.permissions);
  await writeTreeChange(db, context.actingOrg.rootId, async (tx) => {
    await tx
      .update(customRoles)
      .set({ description: input.description, permissions })
      .where(and(eq(customRoles.id, existing.id), eq(customRoles.definingOrgId, context.actingOrg.id)));
    await recordAudit(tx, context, "role.update", { targetOrgId: context.actingOrg.id, targetId: existing.id, data: input });
  });
  return { ...toDefinition(existing), description: input.description, permissions };
}

/** Deletes a custom role of the acting org; a role still held in its subtree is a conflict. */
export async function deleteCustomRole(db: Db, context: RequestContext, roleId: string): Promise<void> {
  authorize(context, "members.manage");
  const existing = await findOwnRole(db, context, roleId);
  assertNotAboveCaller(context, existing.permissions, `delete the role "${existing.name}"`);
  const subtree = db
    .select({ id: orgs.id })
    .from(orgs)
    .where(or(eq(orgs.id, context.actingOrg.id), sql`${context.actingOrg.id} = any(${orgs.ancestorIds})`));
  const [held] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.role, existing.name), inArray(memberships.orgId, subtree)));
  const [keys] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(apiKeys)
    .where(and(eq(apiKeys.role, existing.name), sql`${apiKeys.revokedAt} is null`, inArray(apiKeys.orgId, subtree)));
  const [invites] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(invitations)
    .where(and(eq(invitations.role, existing.name), sql`${invitations.acceptedAt} is null`, inArray(invitations.orgId, subtree)));
  const total = (held?.count ?? 0) + (keys?.count ?? 0) + (invites?.count ?? 0);
  if (total > 0) {
    throw new Conflict(
      `The role "${existing.name}" is still held by ${held?.count ?? 0} member(s), ${keys?.count ?? 0} API key(s) and ${invites?.count ?? 0} pending invitation(s). Reassign them first.`,
      undefined,
      "role_in_use",
    );
  }
  await writeTreeChange(db, context.actingOrg.rootId, async (tx) => {
    await tx.delete(customRoles).where(and(eq(customRoles.id, existing.id), eq(customRoles.definingOrgId, context.actingOrg.id)));
    await recordAudit(tx, context, "role.delete", { targetOrgId: context.actingOrg.id, targetId: existing.id, data: { name: existing.name } });
  });
}

type CustomRoleRow = typeof customRoles.$inferSelect;

async function findOwnRole(db: Db, context: RequestContext, roleId: string): Promise<CustomRoleRow> {
  const [row] = await db
    .select()
    .from(customRoles)
    .where(and(eq(customRoles.id, String(roleId)), eq(customRoles.definingOrgId, context.actingOrg.id)))
    .limit(1);
  if (!row) throw new NotFound(`Role ${String(roleId).slice(0, 80)} not found in ${context.actingOrg.name}.`);
  return row;
}

function toDefinition(row: CustomRoleRow): RoleDefinition {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    permissions: row.permissions as RoleDefinition["permissions"],
    builtIn: false,
    definingOrgId: row.definingOrgId,
  };
}

function assertSuperOrg(context: RequestContext): void {
  if (!context.actingOrg.canHaveChildren) {
    throw new Forbidden(
      `Organization ${context.actingOrg.id} is not a super org, so it cannot define custom roles.`,
      "not_a_super_org",
    );
  }
}

/** A role may not grant more than its author holds: otherwise it would be a way to escalate. */
function assertWithinOwn(context: RequestContext, permissions: string[]): void {
  const above = permissions.filter((permission) => !context.permissions.has(permission as never));
  if (above.length > 0) {
    throw new Invalid(
      `permissions: ${above.join(", ")} exceed your own permissions in ${context.actingOrg.name}; a role may grant only what you hold.`,
      "permissions",
      "permissions_above_own",
    );
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
