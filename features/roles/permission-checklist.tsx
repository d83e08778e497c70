"use client";

import type { PermissionOption } from "./permission-groups";

/** Checkboxes for a set of permissions; permissions outside `grantable` are shown but disabled. */
export function PermissionChecklist({ groups, value, onChange, grantable, disabled = false }: {
  groups: { title: string; permissions: PermissionOption[] }[];
  value: string[];
  onChange: (value: string[]) => void;
  grantable: string[];
  disabled?: boolean;
}) {
  const selected = new Set(value);
  const toggle = (name: string, on: boolean) => onChange(on ? [...value, name] : value.filter((item) => item !== name));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {groups.map((group) => (
        <fieldset key={group.title}>
          <legend className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{group.title}</legend>
          <div className="mt-2 space-y-1.5">
            {group.permissions.map((permission) => {
              const allowed = grantable.includes(permission.name);
              return (
                <label key={permission.name} className={`flex items-start gap-2 text-sm ${allowed ? "" : "opacity-50"}`} title={allowed ? undefined : "You do not hold this permission, so you cannot grant it."}>
                  <input
                    type="checkbox"
                    className="mt-0.5"
                    checked={selected.has(permission.name)}
                    disabled={disabled || !allowed}
                    onChange={(event) => toggle(permission.name, event.target.checked)}
                  />
                  <span>
                    <code className="font-mono text-xs text-slate-900">{permission.name}</code>
                    <span className="block text-xs text-slate-500">{permission.description}</span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
