"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ENTITLEMENT_FIELDS, type EntitlementField, type Entitlements } from "@/lib/entitlements/schemas";
import { listParts, orderedParts, PART_NAMES } from "./bulk-parts";
import { bulkUpdateEntitlementsAction } from "./actions";
import { normalize } from "./entitlement-changes";
import { EntitlementFields } from "./entitlement-fields";
import type { EditorData } from "./load-editor-data";
import { withoutLockedIds } from "./locks";
import { SaveError, type SaveFailure } from "./save-error";
import { UNRESTRICTED_ENTITLEMENTS } from "./unrestricted";

const MAX_LISTED = 20;

/**
 * Applies the chosen parts of one set of restrictions to several child orgs at once, all or
 * nothing, after a confirmation that names every affected org. Each org keeps its own value of the
 * parts not chosen. Values that failed to save stay in the form.
 */
export function BulkRestrictionsForm({ actingOrgId, orgs, editor, onDone, onCancel }: {
  actingOrgId: string;
  orgs: { orgId: string; orgName: string }[];
  editor: EditorData;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Entitlements>(UNRESTRICTED_ENTITLEMENTS);
  const [parts, setParts] = useState<ReadonlySet<EntitlementField>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const count = orgs.length;
  const noun = `child ${count === 1 ? "org" : "orgs"}`;

  function apply() {
    setFailure(null);
    startTransition(async () => {
      const response = await bulkUpdateEntitlementsAction(actingOrgId, {
        childOrgIds: orgs.map((org) => org.orgId),
        entitlements: normalize(withoutLockedIds(draft, editor.locks)),
        fields: orderedParts(parts),
      });
      setConfirming(false);
      if (!response.ok) {
        setFailure(response.error);
        return;
      }
      const changed = response.data.orgIds.length;
      onDone(`Changed the restrictions of ${changed} child ${changed === 1 ? "org" : "orgs"}.`);
    });
  }

  const listedOrgs = orgs.slice(0, MAX_LISTED);
  return (
    <form
      onSubmit={(event) => { event.preventDefault(); setConfirming(true); }}
      aria-label={`Change restrictions of ${count} ${noun}`}
      className="rounded-lg border border-brand-500 bg-white shadow-sm ring-2 ring-brand-100"
    >
      <header className="border-b border-slate-100 px-5 py-4">
        <h2 className="text-sm font-semibold text-slate-900">Change restrictions of {count} {noun}</h2>
        <p className="mt-0.5 text-sm text-slate-500">
          Choose what to change for {listedOrgs.map((org) => org.orgName).join(", ")}
          {orgs.length > listedOrgs.length ? ` and ${orgs.length - listedOrgs.length} more` : ""}. Each org keeps its own
          value of everything else. Orgs linked to a preset are unlinked. Either every org changes or none does.
        </p>
        <fieldset className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
          <legend className="sr-only">Parts to change</legend>
          {ENTITLEMENT_FIELDS.map((part) => (
            <label key={part} className="flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                className="h-4 w-4 rounded border-slate-300"
                checked={parts.has(part)}
                disabled={pending}
                onChange={(event) => {
                  const next = new Set(parts);
                  if (event.target.checked) next.add(part);
                  else next.delete(part);
                  setParts(next);
                }}
              />
              Change {PART_NAMES[part]}
            </label>
          ))}
        </fieldset>
      </header>
      {parts.size === 0 && (
        <p className="px-5 py-4 text-sm text-slate-500">Tick at least one part to change.</p>
      )}
      <EntitlementFields
        parts={parts}
        value={draft}
        onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
        voices={editor.voices}
        soundTemplates={editor.soundTemplates}
        locks={editor.locks}
        disabled={pending}
      />
      <footer className="sticky bottom-0 flex flex-wrap items-center justify-end gap-3 rounded-b-lg border-t border-slate-200 bg-slate-50/95 px-5 py-3 backdrop-blur">
        <div className="mr-auto">{failure && <SaveError failure={failure} />}</div>
        <Button variant="ghost" onClick={onCancel} disabled={pending}>Cancel</Button>
        <Button type="submit" disabled={pending || parts.size === 0}>Apply to {count} {noun}…</Button>
      </footer>
      <ConfirmDialog
        open={confirming}
        title={`Change ${listParts(parts)} of ${count} ${noun}?`}
        confirmLabel={`Apply to ${count} ${noun}`}
        tone="danger"
        pending={pending}
        onConfirm={apply}
        onCancel={() => setConfirming(false)}
      >
        <p>
          This replaces their {listParts(parts)}, which may remove access they have now. Their other restrictions stay as
          they are. Affected orgs:
        </p>
        <ul className="mt-2 max-h-48 list-disc overflow-y-auto rounded-md bg-slate-50 py-2 pr-3 pl-8 text-slate-700">
          {orgs.map((org) => <li key={org.orgId}>{org.orgName}</li>)}
        </ul>
      </ConfirmDialog>
    </form>
  );
}
