"use client";

import Link from "next/link";
import { startTransition, useActionState, useEffect, useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { createChildOrgAction, type CreateChildOrgState } from "./actions";
import { childOrgKeys } from "./query-keys";

const MAX_NAME_LENGTH = 80;

/** Renders the "create child org" form. What was typed and ticked stays after a rejected submit. */
export function CreateChildOrgForm({ actingOrgId, onCreated, onCancel }: {
  actingOrgId: string;
  onCreated: (created: { orgId: string; orgName: string }) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const [orgName, setOrgName] = useState("");
  const [isSuperOrg, setIsSuperOrg] = useState(false);
  const [state, formAction, pending] = useActionState<CreateChildOrgState, FormData>(
    createChildOrgAction.bind(null, actingOrgId),
    null,
  );

  // True from a successful create until the table has loaded the new org, so that the notice
  // and the new row appear together.
  const [refreshing, setRefreshing] = useState(false);

  useEffect(() => {
    if (!state?.ok) return;
    const created = state.data;
    setRefreshing(true);
    void queryClient.invalidateQueries({ queryKey: childOrgKeys.all(actingOrgId) }).finally(() => {
      setRefreshing(false);
      setOrgName("");
      setIsSuperOrg(false);
      onCreated(created);
    });
    // Runs once per result, because every submit returns a new `state` object.
  }, [state]);

  // Submitted by hand rather than through the form's action prop: React resets a form after its
  // action, which unticks the checkbox even when the name was rejected.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };

  const fieldError = state && !state.ok && state.error.field === "orgName" ? readableFieldMessage(state.error.message) : undefined;
  const formError = state && !state.ok && state.error.field !== "orgName" ? state.error.message : undefined;
  const length = orgName.trim().length;

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
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
        <input
          type="checkbox"
          name="isSuperOrg"
          checked={isSuperOrg}
          onChange={(event) => setIsSuperOrg(event.target.checked)}
          className="mt-0.5 h-4 w-4 rounded border-slate-300"
        />
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
        <Button type="submit" disabled={pending || refreshing}>{pending || refreshing ? "Creating…" : "Create child org"}</Button>
        <Button variant="ghost" onClick={onCancel} disabled={pending || refreshing}>Cancel</Button>
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
