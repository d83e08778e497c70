"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { setChildOrgStatusAction } from "./actions";
import { childOrgKeys } from "./query-keys";

/** Suspends (after confirmation) or reactivates a child org. */
export function StatusCard({ actingOrgId, actingOrgName, childOrgId, childOrgName, status, readOnlyReason }: {
  actingOrgId: string;
  actingOrgName: string;
  childOrgId: string;
  childOrgName: string;
  status: "active" | "suspended";
  /** Set when the user may not change the status; names the missing permission. */
  readOnlyReason?: string;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const suspended = status === "suspended";

  function apply(next: "active" | "suspended") {
    setError(null);
    startTransition(async () => {
      const response = await setChildOrgStatusAction(actingOrgId, childOrgId, next);
      setConfirming(false);
      if (!response.ok) {
        setError(response.error.message);
        return;
      }
      void queryClient.invalidateQueries({ queryKey: childOrgKeys.all(actingOrgId) });
      router.refresh();
    });
  }

  return (
    <section className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-4 px-5 py-4">
        <div className="min-w-0 max-w-2xl">
          <h2 className="text-sm font-semibold text-slate-900">{suspended ? "Reactivate child org" : "Suspend child org"}</h2>
          <p className="mt-0.5 text-sm text-slate-500">
            {suspended
              ? `${childOrgName} is suspended: its members cannot sign in to it and its API keys are rejected. Reactivating restores both.`
              : `Suspending blocks ${childOrgName}'s members and API keys until you reactivate it. Its data and settings are kept.`}
          </p>
          {readOnlyReason && <p className="mt-2 text-sm text-amber-800">{readOnlyReason}</p>}
          {error && <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>}
        </div>
        {suspended ? (
          <Button variant="secondary" onClick={() => apply("active")} disabled={pending || Boolean(readOnlyReason)}>
            {pending ? "Reactivating…" : "Reactivate"}
          </Button>
        ) : (
          <Button variant="danger" onClick={() => setConfirming(true)} disabled={pending || Boolean(readOnlyReason)}>
            Suspend…
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Suspend ${childOrgName}?`}
        confirmLabel="Suspend child org"
        tone="danger"
        pending={pending}
        onConfirm={() => apply("suspended")}
        onCancel={() => setConfirming(false)}
      >
        <ul className="list-disc space-y-1 pl-5">
          <li>Its members can no longer use the console as {childOrgName}.</li>
          <li>Its API keys are rejected.</li>
          <li>Nobody can act as {childOrgName} until it is reactivated.</li>
          <li>Its data, restrictions and usage history are kept. You or another admin of {actingOrgName} can reactivate it here at any time.</li>
        </ul>
      </ConfirmDialog>
    </section>
  );
}
