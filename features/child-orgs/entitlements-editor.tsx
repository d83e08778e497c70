"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import type { Entitlements } from "@/lib/entitlements/schemas";
import { updateEntitlementsAction } from "./actions";
import type { CatalogOption } from "./catalog-options";
import { EntitlementFields } from "./entitlement-fields";
import { findRemovals, hasRemovals, normalize, sameEntitlements, type Removals } from "./entitlement-changes";
import { countLockedInAllowLists, unlockedIds, withoutLockedIds, type Locks } from "./locks";
import { childOrgKeys } from "./query-keys";
import { RemovalsDialog } from "./removals-dialog";
import { SaveError, type SaveFailure } from "./save-error";

type SaveResult = { ok: true } | ({ ok: false } & SaveFailure);

/**
 * The restrictions of one child org, edited as one form. Items an ancestor removed are locked.
 * Saving opens a confirmation first when the change takes something away.
 */
export function EntitlementsEditor({ actingOrgId, childOrgId, childOrgName, initial, voices, soundTemplates, locks, readOnlyReason }: {
  actingOrgId: string;
  childOrgId: string;
  childOrgName: string;
  initial: Entitlements;
  voices: CatalogOption[];
  soundTemplates: CatalogOption[];
  locks: Locks;
  /** Set when the form is read-only: a missing permission, or a link to a preset. */
  readOnlyReason?: ReactNode;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [pendingRemovals, setPendingRemovals] = useState<Removals | null>(null);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [saving, startSaving] = useTransition();
  const readOnly = readOnlyReason !== undefined;
  const dirty = !sameEntitlements(saved, draft);
  const lockedInLists = countLockedInAllowLists(draft, locks);

  function update(change: Partial<Entitlements>) {
    setDraft((current) => ({ ...current, ...change }));
    setResult(null);
  }

  function save() {
    startSaving(async () => {
      const response = await updateEntitlementsAction(actingOrgId, childOrgId, normalize(withoutLockedIds(draft, locks)));
      setPendingRemovals(null);
      if (!response.ok) {
        setResult({ ok: false, ...response.error });
        // An ancestor may have changed its restrictions since the page loaded: reload the locks.
        if (response.error.code === "not_allowed_by_ancestor") router.refresh();
        return;
      }
      setSaved(response.data);
      setDraft(response.data);
      setResult({ ok: true });
      void queryClient.invalidateQueries({ queryKey: childOrgKeys.all(actingOrgId) });
      router.refresh();
    });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    // Locked items are unusable before and after, so they never count as removed.
    const catalog = {
      voiceIds: unlockedIds(voices.map((voice) => voice.id), locks.voices),
      soundTemplateIds: unlockedIds(soundTemplates.map((item) => item.id), locks.soundTemplates),
    };
    const removals = findRemovals(saved, draft, catalog);
    removals.activities = removals.activities.filter((activity) => !(activity in locks.activities));
    if (locks.voiceIntelligence) removals.voiceIntelligence = false;
    if (hasRemovals(removals)) setPendingRemovals(removals);
    else save();
  }

  return (
    <form onSubmit={submit} aria-label={`Restrictions of ${childOrgName}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-100 px-5 py-4">
        <h2 className="text-sm font-semibold text-slate-900">Restrictions</h2>
        <p className="mt-0.5 text-sm text-slate-500">
          What {childOrgName} and its members and API keys may use. Changes apply to new requests as soon as you save.
          Locked items were removed by an ancestor org and cannot be given back here.
        </p>
        {readOnly && (
          <div className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{readOnlyReason}</div>
        )}
        {!readOnly && lockedInLists > 0 && (
          <p className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600">
            The saved allow lists name {lockedInLists} locked {lockedInLists === 1 ? "item" : "items"}; saving drops {lockedInLists === 1 ? "it" : "them"} from the lists.
          </p>
        )}
      </header>

      <EntitlementFields value={draft} onChange={update} voices={voices} soundTemplates={soundTemplates} locks={locks} disabled={readOnly} />

      {!readOnly && (
        <footer className="sticky bottom-0 flex flex-wrap items-center justify-end gap-3 rounded-b-lg border-t border-slate-200 bg-slate-50/95 px-5 py-3 backdrop-blur">
          <SaveStatus result={result} dirty={dirty} />
          <Button variant="ghost" onClick={() => { setDraft(saved); setResult(null); }} disabled={!dirty || saving}>
            Discard changes
          </Button>
          <Button type="submit" disabled={!dirty || saving}>{saving ? "Saving…" : "Save restrictions"}</Button>
        </footer>
      )}

      <RemovalsDialog
        removals={pendingRemovals}
        childOrgName={childOrgName}
        voices={voices}
        soundTemplates={soundTemplates}
        pending={saving}
        onConfirm={save}
        onCancel={() => setPendingRemovals(null)}
      />
    </form>
  );
}

function SaveStatus({ result, dirty }: { result: SaveResult | null; dirty: boolean }) {
  if (result && !result.ok) return <SaveError failure={result} className="mr-auto" />;
  let message: ReactNode = "";
  if (dirty) message = "You have unsaved changes.";
  else if (result?.ok) message = <span className="text-emerald-700">Restrictions saved.</span>;
  return <p role="status" className="mr-auto text-sm text-slate-500">{message}</p>;
}
