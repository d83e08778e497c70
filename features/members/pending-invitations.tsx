"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { revokeInvitationAction } from "./actions";
import { RoleBadge } from "./role-badge";

export interface InvitationRow {
  id: string;
  email: string;
  role: string;
  invitedBy: string | null;
  expiresAt: string;
}

/** Lists invitations that wait for acceptance; admins can revoke one. */
export function PendingInvitations({ actingOrgId, invitations, canManage }: { actingOrgId: string; invitations: InvitationRow[]; canManage: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (invitations.length === 0) return null;

  function revoke(id: string) {
    startTransition(async () => {
      const response = await revokeInvitationAction(actingOrgId, id);
      if (!response.ok) return setError(response.error.message);
      router.refresh();
    });
  }

  return (
    <section className="mt-6">
      <h2 className="text-sm font-semibold text-slate-900">Pending invitations</h2>
      {error && <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>}
      <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex items-center justify-between gap-4 px-4 py-2.5 text-sm">
            <div>
              <span className="font-medium text-slate-900">{invitation.email}</span> <RoleBadge role={invitation.role} />
              <p className="text-xs text-slate-500">
                {invitation.invitedBy ? `Invited by ${invitation.invitedBy}. ` : ""}Expires <LocalTime value={invitation.expiresAt} withTime />
              </p>
            </div>
            {canManage && <Button size="sm" variant="ghost" disabled={pending} onClick={() => revoke(invitation.id)}>Revoke</Button>}
          </li>
        ))}
      </ul>
    </section>
  );
}
