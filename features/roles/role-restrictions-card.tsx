"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { AffectedHolder } from "@/lib/roles/affected";
import type { RoleRestrictionsInput } from "@/lib/roles/schemas";
import { previewRoleRestrictionsAction, updateRoleRestrictionsAction } from "./actions";
import { PermissionChecklist } from "./permission-checklist";
import type { PermissionOption } from "./permission-groups";

/**
 * The Roles section of a child org: which roles may be assigned in it and its permission ceiling.
 * Saving first previews who loses what and opens a confirmation.
 */
export function RoleRestrictionsCard({ actingOrgId, childOrgId, childOrgName, roles, initial, groups, grantable, readOnlyReason }: {
  actingOrgId: string;
  childOrgId: string;
  childOrgName: string;
  roles: { name: string; description: string }[];
  initial: RoleRestrictionsInput;
  groups: { title: string; permissions: PermissionOption[] }[];
  grantable: string[];
  readOnlyReason?: string;
}) {
  const router = useRouter();
  const [allowed, setAllowed] = useState<string[] | null>(initial.allowedRoles);
  const [ceiling, setCeiling] = useState<string[] | null>(initial.permissionCeiling);
  const [preview, setPreview] = useState<AffectedHolder[] | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const readOnly = readOnlyReason !== undefined;
  const input = { allowedRoles: allowed, permissionCeiling: ceiling } as RoleRestrictionsInput;

  function review(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    startTransition(async () => {
      const response = await previewRoleRestrictionsAction(actingOrgId, childOrgId, input);
      if (!response.ok) return setMessage({ ok: false, text: response.error.message });
      setPreview(response.data);
    });
  }

  function save() {
    startTransition(async () => {
      const response = await updateRoleRestrictionsAction(actingOrgId, childOrgId, input);
      setPreview(null);
      if (!response.ok) return setMessage({ ok: false, text: response.error.message });
      setMessage({ ok: true, text: "Role restrictions saved. They apply from each member's next request." });
      router.refresh();
    });
  }

  return (
    <form onSubmit={review} aria-label={`Roles of ${childOrgName}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-100 px-5 py-4">
        <h2 className="text-sm font-semibold text-slate-900">Roles</h2>
        <p className="mt-0.5 text-sm text-slate-500">Which roles {childOrgName} may hand out, and the most any of its members or API keys may do, whatever their role says.</p>
        {readOnly && <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{readOnlyReason}</p>}
      </header>
      <div className="divide-y divide-slate-100">
        <fieldset className="px-5 py-4" disabled={readOnly}>
          <legend className="text-sm font-medium text-slate-900">Allowed roles</legend>
          <div className="mt-2 flex gap-4 text-sm">
            <label className="flex items-center gap-1.5"><input type="radio" checked={allowed === null} onChange={() => setAllowed(null)} /> Every role</label>
            <label className="flex items-center gap-1.5"><input type="radio" checked={allowed !== null} onChange={() => setAllowed(roles.map((role) => role.name))} /> Only selected roles</label>
          </div>
          {allowed !== null && (
            <div className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
              {roles.map((role) => (
                <label key={role.name} className="flex items-start gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm">
                  <input type="checkbox" className="mt-0.5" checked={allowed.includes(role.name)} onChange={(event) => setAllowed(event.target.checked ? [...allowed, role.name] : allowed.filter((name) => name !== role.name))} />
                  <span><span className="font-medium text-slate-900">{role.name}</span><span className="block text-xs text-slate-500">{role.description}</span></span>
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <fieldset className="px-5 py-4" disabled={readOnly}>
          <legend className="text-sm font-medium text-slate-900">Permission ceiling</legend>
          <div className="mt-2 flex gap-4 text-sm">
            <label className="flex items-center gap-1.5"><input type="radio" checked={ceiling === null} onChange={() => setCeiling(null)} /> No ceiling</label>
            <label className="flex items-center gap-1.5"><input type="radio" checked={ceiling !== null} onChange={() => setCeiling([...grantable])} /> Limit to selected permissions</label>
          </div>
          {ceiling !== null && (
            <div className="mt-3">
              <PermissionChecklist groups={groups} value={ceiling} onChange={setCeiling} grantable={grantable} disabled={readOnly} />
            </div>
          )}
        </fieldset>
      </div>
      {!readOnly && (
        <footer className="flex flex-wrap items-center justify-end gap-3 rounded-b-lg border-t border-slate-200 bg-slate-50/95 px-5 py-3">
          {message && <p role={message.ok ? "status" : "alert"} className={`mr-auto text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>{message.text}</p>}
          <Button type="submit" disabled={pending}>{pending && !preview ? "Checking…" : "Review and save"}</Button>
        </footer>
      )}
      <ConfirmDialog
        open={preview !== null}
        title={`Save role restrictions of ${childOrgName}?`}
        confirmLabel="Save role restrictions"
        tone={preview && preview.length > 0 ? "danger" : "primary"}
        pending={pending}
        onConfirm={save}
        onCancel={() => setPreview(null)}
      >
        {preview && preview.length === 0 && <p>No member or API key loses a permission.</p>}
        {preview && preview.length > 0 && (
          <>
            <p>{preview.length} member{preview.length === 1 ? "" : "s"} or key{preview.length === 1 ? "" : "s"} lose access from their next request:</p>
            <ul className="mt-3 max-h-64 space-y-1.5 overflow-y-auto">
              {preview.map((holder) => (
                <li key={`${holder.kind}-${holder.id}-${holder.orgId}`} className="rounded-md bg-red-50 px-3 py-2 text-xs text-red-800">
                  <span className="font-medium">{holder.kind === "apiKey" ? `API key ${holder.label}` : holder.label}</span> ({holder.role}
                  {holder.orgId === childOrgId ? "" : ` in ${holder.orgName}`}):{" "}
                  {holder.outcome === "role_not_allowed"
                    ? "role not allowed; keeps the membership but has no permissions until given an allowed role."
                    : `loses ${holder.lostPermissions.join(", ")}.`}
                </li>
              ))}
            </ul>
          </>
        )}
      </ConfirmDialog>
    </form>
  );
}
