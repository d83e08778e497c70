"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import type { RoleDefinition } from "@/lib/roles/available";
import { createCustomRole, deleteCustomRole, updateCustomRole } from "@/lib/roles/custom-roles";
import type { AffectedHolder } from "@/lib/roles/affected";
import { previewRoleRestrictions, setRoleRestrictions, type RoleRestrictions } from "@/lib/roles/restrictions";
import type { CustomRoleInput, RoleRestrictionsInput } from "@/lib/roles/schemas";

/** Defines a custom role in `orgId`, the acting super org from the URL. */
export async function createCustomRoleAction(orgId: string, input: CustomRoleInput): Promise<ActionResult<RoleDefinition>> {
  return runAction("createCustomRole", orgId, (db, context) => createCustomRole(db, context, input));
}

/** Replaces the description and permissions of a custom role of `orgId`. */
export async function updateCustomRoleAction(
  orgId: string,
  roleId: string,
  input: Omit<CustomRoleInput, "name">,
): Promise<ActionResult<RoleDefinition>> {
  return runAction("updateCustomRole", orgId, (db, context) => updateCustomRole(db, context, String(roleId), input));
}

/** Deletes a custom role of `orgId` that nobody holds. */
export async function deleteCustomRoleAction(orgId: string, roleId: string): Promise<ActionResult<null>> {
  return runAction("deleteCustomRole", orgId, async (db, context) => {
    await deleteCustomRole(db, context, String(roleId));
    return null;
  });
}

/** Lists the members and keys that a restriction change on a child org would affect, without saving. */
export async function previewRoleRestrictionsAction(
  orgId: string,
  childOrgId: string,
  input: RoleRestrictionsInput,
): Promise<ActionResult<AffectedHolder[]>> {
  return runAction("previewRoleRestrictions", orgId, (db, context) => previewRoleRestrictions(db, context, String(childOrgId), input));
}

/** Saves which roles a child org of `orgId` may assign and its permission ceiling. */
export async function updateRoleRestrictionsAction(
  orgId: string,
  childOrgId: string,
  input: RoleRestrictionsInput,
): Promise<ActionResult<RoleRestrictions & { affected: AffectedHolder[] }>> {
  return runAction("updateRoleRestrictions", orgId, (db, context) => setRoleRestrictions(db, context, String(childOrgId), input));
}
