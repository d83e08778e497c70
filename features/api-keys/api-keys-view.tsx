"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export interface ApiKeyRow {
  id: string;
  name: string;
  role: string;
  maskedKey: string;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Lists the acting org's API keys, creates one (showing it once) and revokes after confirmation. */
export function ApiKeysView({ actingOrgId, actingOrgName, keys, roles }: { actingOrgId: string; actingOrgName: string; keys: ApiKeyRow[]; roles: string[] }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [role, setRole] = useState("admin");
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  const [pending, startTransition] = useTransition();

  function create(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const response = await createApiKeyAction(actingOrgId, { name, role });
      if (!response.ok) return setError({ message: response.error.message, field: response.error.field });
      setCreated({ key: response.data.key, name: response.data.name });
      setName("");
      router.refresh();
    });
  }

  function revoke() {
    if (!revoking) return;
    const id = revoking.id;
    startTransition(async () => {
      const response = await revokeApiKeyAction(actingOrgId, id);
      setRevoking(null);
      if (!response.ok) return setError({ message: response.error.message });
      router.refresh();
    });
  }

  return (
    <div className="space-y-6">
      <form onSubmit={create} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" aria-label="Create API key">
        <h2 className="text-sm font-semibold text-slate-900">Create an API key</h2>
        <p className="mt-0.5 text-sm text-slate-500">A key acts with its role in {actingOrgName}, checked like a member with that role. You cannot give a key more than you hold.</p>
        <div className="mt-4 grid items-start gap-4 md:grid-cols-[minmax(0,1fr)_12rem_auto]">
          <TextField label="Name" name="keyName" value={name} onChange={(event) => setName(event.target.value)} error={error?.field === "name" ? error.message : undefined} hint="Where the key is used, for example Production backend." maxLength={80} />
          <div>
            <label htmlFor="keyRole" className="block text-sm font-medium text-slate-700">Role</label>
            <select id="keyRole" value={role} onChange={(event) => setRole(event.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm">
              {roles.map((option) => <option key={option} value={option}>{option}</option>)}
            </select>
          </div>
          <Button type="submit" disabled={pending} className="md:mt-6">{pending ? "Creating…" : "Create key"}</Button>
        </div>
        {error && error.field !== "name" && <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error.message}</p>}
        {created && (
          <div role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
            <p className="font-medium">Key “{created.name}” created. Copy it now: it is not shown again.</p>
            <p className="mt-2 flex items-center gap-2">
              <code className="rounded bg-white px-2 py-1 font-mono text-xs break-all ring-1 ring-emerald-200">{created.key}</code>
              <CopyButton value={created.key} label="Copy the new API key" />
            </p>
          </div>
        )}
      </form>

      {keys.length === 0 ? (
        <EmptyState title="No API keys yet" description={`Create a key above to call the API as ${actingOrgName}. Send it in the x-api-key header.`} />
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2.5">Name</th>
                <th scope="col" className="px-4 py-2.5">Key</th>
                <th scope="col" className="px-4 py-2.5">Role</th>
                <th scope="col" className="px-4 py-2.5">Created</th>
                <th scope="col" className="px-4 py-2.5">Last used</th>
                <th scope="col" className="px-4 py-2.5"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {keys.map((key) => (
                <tr key={key.id} className={key.revokedAt ? "bg-slate-50/60 text-slate-400" : "hover:bg-slate-50/60"}>
                  <td className="px-4 py-2.5 font-medium text-slate-900">{key.name}</td>
                  <td className="px-4 py-2.5 font-mono text-xs">{key.maskedKey}</td>
                  <td className="px-4 py-2.5"><Badge tone="blue">{key.role}</Badge></td>
                  <td className="px-4 py-2.5 text-slate-600">
                    <LocalTime value={key.createdAt} />
                    <span className="block text-xs text-slate-500">{key.createdBy ? `by ${key.createdBy}` : "at setup"}</span>
                  </td>
                  <td className="px-4 py-2.5 text-slate-600">{key.lastUsedAt ? <LocalTime value={key.lastUsedAt} withTime /> : "Never"}</td>
                  <td className="px-4 py-2.5 text-right">
                    {key.revokedAt ? <Badge tone="red">Revoked</Badge> : <Button size="sm" variant="ghost" onClick={() => setRevoking(key)}>Revoke…</Button>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog open={revoking !== null} title={`Revoke ${revoking?.name ?? "this key"}?`} confirmLabel="Revoke key" tone="danger" pending={pending} onConfirm={revoke} onCancel={() => setRevoking(null)}>
        Requests with this key are rejected from the next one on. This cannot be undone; create a new key to restore access.
      </ConfirmDialog>
    </div>
  );
}
