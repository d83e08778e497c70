"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { TextField } from "@/components/ui/field";
import { inviteMemberAction } from "./actions";

/**
 * Invites a person by email with a role. No mail is sent, so the single-use link is shown once
 * here for the inviter to pass on.
 */
export function InviteForm({ actingOrgId, roles }: { actingOrgId: string; roles: string[] }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState(["developer", "viewer"].find((name) => roles.includes(name)) ?? roles[0] ?? "viewer");
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const response = await inviteMemberAction(actingOrgId, { email, role });
      if (!response.ok) return setError({ message: response.error.message, field: response.error.field });
      setLink({ url: `${window.location.origin}${response.data.path}`, email: response.data.email });
      setEmail("");
      router.refresh();
    });
  }

  return (
    <Card title="Invite a member" description="The link is valid for 7 days and works once.">
      <form onSubmit={submit} className="space-y-3" aria-label="Invite a member">
        <TextField label="Email" name="inviteEmail" type="email" value={email} onChange={(event) => setEmail(event.target.value)} error={error?.field === "email" ? error.message : undefined} autoComplete="off" />
        <div>
          <label htmlFor="inviteRole" className="block text-sm font-medium text-slate-700">Role</label>
          <select id="inviteRole" value={role} onChange={(event) => setRole(event.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm">
            {roles.map((option) => <option key={option} value={option}>{option}</option>)}
          </select>
        </div>
        {error && error.field !== "email" && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{error.message}</p>}
        <Button type="submit" disabled={pending} className="w-full">{pending ? "Inviting…" : "Create invitation link"}</Button>
      </form>
      {link && (
        <div role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          <p className="font-medium">Invitation for {link.email} created.</p>
          <p className="mt-1 text-xs">No mail server is configured, so send this link yourself. It is shown only now.</p>
          <p className="mt-2 flex items-start gap-1">
            <code className="min-w-0 flex-1 rounded bg-white px-2 py-1 font-mono text-xs break-all ring-1 ring-emerald-200">{link.url}</code>
            <CopyButton value={link.url} label="Copy the invitation link" />
          </p>
        </div>
      )}
    </Card>
  );
}
