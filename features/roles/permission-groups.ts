import { ALL_PERMISSIONS, describePermission, type Permission } from "@/lib/access/permissions";

export interface PermissionOption {
  name: Permission;
  description: string;
}

/** The permission catalog split into management permissions and API permissions (`use.*`). */
export function permissionGroups(): { title: string; permissions: PermissionOption[] }[] {
  const options = ALL_PERMISSIONS.map((name) => ({ name, description: describePermission(name) }));
  return [
    { title: "Console and management", permissions: options.filter((option) => !option.name.startsWith("use.")) },
    { title: "API families", permissions: options.filter((option) => option.name.startsWith("use.")) },
  ];
}
