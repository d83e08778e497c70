import { Badge } from "@/components/ui/badge";
import type { RoleDefinition } from "@/lib/roles/available";
import { permissionGroups } from "./permission-groups";

/** Renders roles × permissions with each permission's one-line description. */
export function RolesMatrix({ roles }: { roles: RoleDefinition[] }) {
  const groups = permissionGroups();
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-sm">
        <thead className="sticky top-0 bg-slate-50 text-xs font-medium text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2.5 text-left uppercase tracking-wide">Permission</th>
            {roles.map((role) => (
              <th key={role.name} scope="col" className="px-3 py-2.5 text-center">
                <span className="font-semibold text-slate-800">{role.name}</span>
                {!role.builtIn && <span className="mt-0.5 block"><Badge tone="blue">custom</Badge></span>}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.title} className="divide-y divide-slate-100 border-t border-slate-200">
            <tr className="bg-slate-50/60">
              <th scope="rowgroup" colSpan={roles.length + 1} className="px-4 py-1.5 text-left text-xs font-semibold text-slate-600">
                {group.title}
              </th>
            </tr>
            {group.permissions.map((permission) => (
              <tr key={permission.name} className="hover:bg-slate-50/60">
                <th scope="row" className="px-4 py-2 text-left font-normal">
                  <code className="font-mono text-xs text-slate-900">{permission.name}</code>
                  <span className="block text-xs text-slate-500">{permission.description}</span>
                </th>
                {roles.map((role) => {
                  const granted = role.permissions.includes(permission.name);
                  return (
                    <td key={role.name} className="px-3 py-2 text-center">
                      {granted ? (
                        <span className="text-emerald-600" aria-label={`${role.name} has ${permission.name}`}>●</span>
                      ) : (
                        <span className="text-slate-300" aria-label={`${role.name} lacks ${permission.name}`}>–</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
