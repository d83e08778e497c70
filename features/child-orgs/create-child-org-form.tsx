"use client";

import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createChildOrgAction, type CreateChildOrgState } from "./actions";
import { childOrgKeys } from "./query-keys";

const MAX_NAME_LENGTH = 80;

/** The "create child org" form; the typed name stays in the field after a rejected submit. */
export function CreateChildOrgForm({ actingOrgId, onCreated, onCancel }: {
  actingOrgId: string;
  onCreated: (created: { orgId: string; orgName: string }) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const [orgName, setOrgName] = useState("");
  const [state, formAction, pending] = useActionState<CreateChildOrgState, FormData>(
    createChildOrgAction.bind(null, actingOrgId),
    null,
  );

  useEffect(() => {
    if (!state?.ok) return;
    setOrgName("");
    onCreated(state.data);
    void queryClient.invalidateQueries({ queryKey: childOrgKeys.all(actingOrgId) });
    // Runs once per result, because every submit returns a new `state` object.
  }, [state]);

  const fieldError = state && !state.ok && state.error.field === "orgName" ? readableFieldMessage(state.error.message) : undefined;
  const formError = state && !state.ok && state.error.field !== "orgName" ? state.error.message : undefined;
  const length = orgName.trim().length;

  return (
    <form action={formAction} noValidate className="space-y-3">
      <div className="max-w-md">
        <TextField
          label="Name"
          name="orgName"
          value={orgName}
          onChange={(event) => setOrgName(event.target.value)}
          error={fieldError}
          hint={`The customer's name as your team will see it. Unique among your child orgs, ${MAX_NAME_LENGTH} characters at most.`}
          autoComplete="off"
          aria-required
          autoFocus
        />
        <p className={`mt-1 text-right text-xs tabular-nums ${length > MAX_NAME_LENGTH ? "text-red-600" : "text-slate-400"}`}>
          {length}/{MAX_NAME_LENGTH}
        </p>
      </div>
      <label className="flex max-w-md items-start gap-2 text-sm text-slate-700">
        <input type="checkbox" name="isSuperOrg" className="mt-0.5 h-4 w-4 rounded border-slate-300" />
        <span>
          <span className="font-medium">Super org</span>
          <span className="block text-xs text-slate-500">
            It may create child orgs of its own. What you restrict here still applies to all of them.
          </span>
        </span>
      </label>
      {formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">{formError}</p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create child org"}</Button>
        <Button variant="ghost" onClick={onCancel} disabled={pending}>Cancel</Button>
      </div>
    </form>
  );
}

/** Shows validation messages about `orgName` with the label the form uses ("Name"). */
function readableFieldMessage(message: string): string {
  return message.replace(/^orgName(: orgName)?\b:?/, "Name");
}

export function CreatedNotice({ actingOrgId, created, onDismiss }: {
  actingOrgId: string;
  created: { orgId: string; orgName: string };
  onDismiss: () => void;
}) {
  return (
    <div role="status" className="flex items-center justify-between gap-4 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-2.5 text-sm text-emerald-800">
      <span>
        Created <strong className="font-semibold">{created.orgName}</strong>.{" "}
        <Link href={`/orgs/${actingOrgId}/child-orgs/${created.orgId}`} className="font-medium underline">
          Set its restrictions
        </Link>
      </span>
      <button type="button" onClick={onDismiss} className="text-emerald-700 hover:text-emerald-900" aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
