import { z } from "zod";
import { plainText } from "@/lib/display-name";
import { ALL_PERMISSIONS, type Permission } from "@/lib/access/permissions";

const permissionList = (field: string) =>
  z.array(
    z.string().refine((value) => (ALL_PERMISSIONS as readonly string[]).includes(value), {
      error: (issue) => `unknown permission "${String(issue.input).slice(0, 60)}"`,
    }),
    { message: `${field} must be a list of permission names` },
  ).transform((list) => [...new Set(list)] as Permission[]);

/** A role name as members, invitations and API keys carry it. */
export const RoleName = z
  .string({ message: "role is required" })
  .trim()
  .min(1, { message: "role is required" })
  .max(40, { message: "role must be at most 40 characters" });

/** Input of "create custom role"; shared by the console editor and its server action. */
export const CustomRoleInput = z.object({
  name: z
    .string({ message: "name is required" })
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, {
      message: "name must be 2 to 40 lowercase letters, digits or hyphens, starting with a letter",
    }),
  description: plainText("description", 200).default(""),
  permissions: permissionList("permissions"),
});
export type CustomRoleInput = z.input<typeof CustomRoleInput>;

/**
 * What a parent sets on one child org: the roles that may be assigned there and the permission
 * ceiling of everyone in it. Null means unrestricted.
 */
export const RoleRestrictionsInput = z.object({
  allowedRoles: z.array(RoleName, { message: "allowedRoles must be a list of role names or null" }).nullable(),
  permissionCeiling: permissionList("permissionCeiling").nullable(),
});
export type RoleRestrictionsInput = z.infer<typeof RoleRestrictionsInput>;
