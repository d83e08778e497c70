import { ACTIVITIES, type Activity } from "@/lib/catalog/activities";

/** Every permission with the one-line description the console shows. */
export const BASE_PERMISSIONS = {
  "org.read": "View the organization's profile and settings.",
  "org.update": "Change the organization's name and settings.",
  "members.read": "View members and their roles.",
  "members.manage": "Invite, remove and change the roles of members.",
  "apiKeys.manage": "Create, view and revoke API keys and webhook secrets.",
  "childOrgs.read": "View child orgs and their usage.",
  "childOrgs.manage": "Create, restrict, suspend and reactivate child orgs.",
  "entitlements.manage": "Decide which voices, sound designs, features and activities child orgs may use.",
  "usage.read": "View usage and credit consumption.",
  "billing.read": "View statements and billing details.",
  "billing.manage": "Change billing details and credit limits.",
  "audit.read": "View the audit log.",
  "orgs.assume": "Act on behalf of a child org.",
} as const;

export type BasePermission = keyof typeof BASE_PERMISSIONS;
export type UsePermission = `use.${Activity}`;
export type Permission = BasePermission | UsePermission;

export const USE_PERMISSIONS = ACTIVITIES.map((activity) => `use.${activity}` as UsePermission);

export const ALL_PERMISSIONS: readonly Permission[] = [
  ...(Object.keys(BASE_PERMISSIONS) as BasePermission[]),
  ...USE_PERMISSIONS,
];

export function describePermission(permission: Permission): string {
  if (permission.startsWith("use.")) return `Call the ${permission.slice(4)} API.`;
  return BASE_PERMISSIONS[permission as BasePermission];
}

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}
