"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import type { RoleDefinition } from "@/lib/roles/available";
import { createCustomRoleAction, deleteCustomRoleAction, updateCustomRoleAction } from "./actions";
import { PermissionChecklist } from "./permission-checklist";
import type { PermissionOption } from "./permission-groups";

interface Draft {
  id: string | null;
  name: string;
  description: string;
  permissions: string[];
}

const EMPTY: Draft = { id: null, name: "", description: "", permissions: [] };

/** Creates, edits and deletes the custom roles the acting super org defines. */
export function CustomRoleEditor({ actingOrgId, roles, groups, grantable }: {
  actingOrgId: string;
  roles: RoleDefinition[];
  groups: { title: string; permissions: PermissionOption[] }[];
  grantable: string[];
}) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [deleting, setDeleting] = useState<RoleDefinition | null>(null);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function save() {
    if (!draft) return;
    setError(null);
    startTransition(async () => {
      const input = { description: draft.description, permissions: draft.permissions };
      const response = draft.id
        ? await updateCustomRoleAction(actingOrgId, draft.id, input)
        : await createCustomRoleAction(actingOrgId, { ...input, name: draft.name });
      if (!response.ok) return setError({ message: response.error.message, field: response.error.field });
      setDraft(null);
      router.refresh();
    });
  }

  function remove() {
    if (!deleting?.id) return;
    const id = deleting.id;
    startTransition(async () => {
      const response = await deleteCustomRoleAction(actingOrgId, id);
      setDeleting(null);
      if (!response.ok) return setError({ message: response.error.message });
      router.refresh();
    });
  }

  return (
    <Card
      title="Custom roles"
      description="Roles your org defines for itself and its child orgs. A role can grant only permissions you hold."
      actions={!draft && <Button size="sm" onClick={() => { setDraft(EMPTY); setError(null); }}>New custom role</Button>}
    >
      {error && !draft && <p role="alert" className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error.message}</p>}
      {roles.length === 0 && !draft && (
        <p className="text-sm text-slate-500">No custom roles yet. Create one when the built-in roles do not fit, for example a support role that only reads members and usage.</p>
      )}
      {roles.length > 0 && (
        <ul className="divide-y divide-slate-100">
          {roles.map((role) => (
            <li key={role.name} className="flex items-start justify-between gap-4 py-2.5">
              <div>
                <p className="text-sm font-medium text-slate-900">{role.name}</p>
                <p className="text-xs text-slate-500">{role.description || "No description."} {role.permissions.length} permission{role.permissions.length === 1 ? "" : "s"}.</p>
              </div>
              <div className="flex gap-2">
                <Button size="sm" variant="secondary" onClick={() => { setDraft({ id: role.id, name: role.name, description: role.description, permissions: role.permissions }); setError(null); }}>Edit</Button>
                <Button size="sm" variant="ghost" onClick={() => setDeleting(role)}>Delete…</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {draft && (
        <form onSubmit={(event) => { event.preventDefault(); save(); }} className="mt-2 space-y-4 border-t border-slate-100 pt-4" aria-label="Custom role">
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              label="Name"
              name="roleName"
              value={draft.name}
              disabled={draft.id !== null}
              onChange={(event) => setDraft({ ...draft, name: event.target.value })}
              error={error?.field === "name" ? error.message : undefined}
              hint="Lowercase letters, digits and hyphens, for example support-agent."
            />
            <TextField
              label="Description"
              name="roleDescription"
              value={draft.description}
              onChange={(event) => setDraft({ ...draft, description: event.target.value })}
              hint="One line that tells admins when to use this role."
            />
          </div>
          <PermissionChecklist groups={groups} value={draft.permissions} onChange={(permissions) => setDraft({ ...draft, permissions })} grantable={grantable} />
          {error && error.field !== "name" && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error.message}</p>}
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>{pending ? "Saving…" : draft.id ? "Save role" : "Create role"}</Button>
            <Button variant="ghost" onClick={() => { setDraft(null); setError(null); }} disabled={pending}>Cancel</Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the role ${deleting?.name ?? ""}?`}
        confirmLabel="Delete role"
        tone="danger"
        pending={pending}
        onConfirm={remove}
        onCancel={() => setDeleting(null)}
      >
        A role that members, API keys or pending invitations still hold cannot be deleted; reassign them first.
      </ConfirmDialog>
    </Card>
  );
}
