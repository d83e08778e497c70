import { ALL_PERMISSIONS, USE_PERMISSIONS, type Permission } from "./permissions";

export const BUILT_IN_ROLES = ["owner", "admin", "developer", "billing", "viewer"] as const;
export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

const READ_ONLY: Permission[] = [
  "org.read",
  "members.read",
  "childOrgs.read",
  "usage.read",
  "billing.read",
];

/** The permissions of each built-in role. */
export const ROLE_PERMISSIONS: Record<BuiltInRole, readonly Permission[]> = {
  owner: ALL_PERMISSIONS,
  admin: ALL_PERMISSIONS.filter((permission) => permission !== "billing.manage"),
  developer: [...READ_ONLY, "apiKeys.manage", "orgs.assume", ...USE_PERMISSIONS],
  billing: [...READ_ONLY, "billing.manage"],
  viewer: READ_ONLY,
};

export function isBuiltInRole(role: string): role is BuiltInRole {
  return (BUILT_IN_ROLES as readonly string[]).includes(role);
}

/** Permissions of a role name; an unknown role grants nothing. */
export function permissionsOfRole(role: string): ReadonlySet<Permission> {
  return new Set(isBuiltInRole(role) ? ROLE_PERMISSIONS[role] : []);
}
