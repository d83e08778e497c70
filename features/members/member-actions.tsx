"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { changeMemberRoleAction, removeMemberAction } from "./actions";

/** Renders a member row's role picker and "Remove…" button, with a confirmation before removing. */
export function MemberActions({ actingOrgId, actingOrgName, member, roles }: {
  actingOrgId: string;
  actingOrgName: string;
  member: { userId: string; name: string; role: string };
  roles: string[];
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const options = roles.includes(member.role) ? roles : [member.role, ...roles];

  function change(role: string) {
    setError(null);
    startTransition(async () => {
      const response = await changeMemberRoleAction(actingOrgId, member.userId, role);
      if (!response.ok) return setError(response.error.message);
      router.refresh();
    });
  }

  function remove() {
    startTransition(async () => {
      const response = await removeMemberAction(actingOrgId, member.userId);
      setConfirming(false);
      if (!response.ok) return setError(response.error.message);
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <label className="sr-only" htmlFor={`role-${member.userId}`}>Role of {member.name}</label>
        <select
          id={`role-${member.userId}`}
          value={member.role}
          disabled={pending}
          onChange={(event) => change(event.target.value)}
          className="rounded-md border border-slate-300 px-2 py-1 text-xs shadow-sm"
        >
          {options.map((role) => <option key={role} value={role}>{role}</option>)}
        </select>
        <Button size="sm" variant="ghost" onClick={() => setConfirming(true)} disabled={pending}>Remove…</Button>
      </div>
      {error && <p role="alert" className="max-w-xs text-right text-xs text-red-700">{error}</p>}
      <ConfirmDialog open={confirming} title={`Remove ${member.name} from ${actingOrgName}?`} confirmLabel="Remove member" tone="danger" pending={pending} onConfirm={remove} onCancel={() => setConfirming(false)}>
        They lose access to {actingOrgName} at their next request. Their account and other memberships stay. You can invite them again later.
      </ConfirmDialog>
    </div>
  );
}
