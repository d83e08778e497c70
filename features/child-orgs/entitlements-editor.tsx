"use client";

import { useState, useTransition } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Switch } from "@/components/ui/switch";
import type { Entitlements } from "@/lib/entitlements/schemas";
import { ActivitiesField } from "./activities-field";
import { updateEntitlementsAction } from "./actions";
import { SOUND_TEMPLATE_FACETS, VOICE_FACETS, type CatalogOption } from "./catalog-options";
import { CatalogSelection } from "./catalog-selection";
import { findRemovals, hasRemovals, normalize, sameEntitlements, type Removals } from "./entitlement-changes";
import { childOrgKeys } from "./query-keys";
import { RemovalsDialog } from "./removals-dialog";

type SaveResult = { ok: true } | { ok: false; message: string };

/**
 * The restrictions of one child org, edited as one form. Saving opens a confirmation first when
 * the change takes something away.
 */
export function EntitlementsEditor({ actingOrgId, childOrgId, childOrgName, initial, voices, soundTemplates, readOnlyReason }: {
  actingOrgId: string;
  childOrgId: string;
  childOrgName: string;
  initial: Entitlements;
  voices: CatalogOption[];
  soundTemplates: CatalogOption[];
  /** Set when the user may not change restrictions; names the missing permission. */
  readOnlyReason?: string;
}) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [pendingRemovals, setPendingRemovals] = useState<Removals | null>(null);
  const [result, setResult] = useState<SaveResult | null>(null);
  const [saving, startSaving] = useTransition();
  const readOnly = readOnlyReason !== undefined;
  const dirty = !sameEntitlements(saved, draft);

  function update(change: Partial<Entitlements>) {
    setDraft((current) => ({ ...current, ...change }));
    setResult(null);
  }

  function save() {
    startSaving(async () => {
      const response = await updateEntitlementsAction(actingOrgId, childOrgId, normalize(draft));
      setPendingRemovals(null);
      if (!response.ok) {
        setResult({ ok: false, message: response.error.message });
        return;
      }
      setSaved(response.data);
      setDraft(response.data);
      setResult({ ok: true });
      void queryClient.invalidateQueries({ queryKey: childOrgKeys.all(actingOrgId) });
    });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const catalog = { voiceIds: voices.map((voice) => voice.id), soundTemplateIds: soundTemplates.map((item) => item.id) };
    const removals = findRemovals(saved, draft, catalog);
    if (hasRemovals(removals)) setPendingRemovals(removals);
    else save();
  }

  return (
    <form onSubmit={submit} aria-label={`Restrictions of ${childOrgName}`} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-100 px-5 py-4">
        <h2 className="text-sm font-semibold text-slate-900">Restrictions</h2>
        <p className="mt-0.5 text-sm text-slate-500">
          What {childOrgName} and its members and API keys may use. Changes apply to new requests as soon as you save.
        </p>
        {readOnly && (
          <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{readOnlyReason}</p>
        )}
      </header>

      <div className="divide-y divide-slate-100">
        <div className="px-5 py-4">
          <Switch
            label="Voice Intelligence"
            description="Whether this org may use Voice Intelligence."
            checked={draft.voiceIntelligence}
            onChange={(voiceIntelligence) => update({ voiceIntelligence })}
            disabled={readOnly}
          />
        </div>
        <div className="px-5 py-4">
          <CatalogSelection
            nouns={{ title: "Voices", plural: "voices" }}
            options={voices}
            facets={VOICE_FACETS}
            value={draft.voices}
            onChange={(value) => update({ voices: value })}
            disabled={readOnly}
          />
        </div>
        <div className="px-5 py-4">
          <CatalogSelection
            nouns={{ title: "Sound designs", plural: "sound designs" }}
            options={soundTemplates}
            facets={SOUND_TEMPLATE_FACETS}
            value={draft.soundTemplates}
            onChange={(value) => update({ soundTemplates: value })}
            disabled={readOnly}
          />
        </div>
        <div className="px-5 py-4">
          <ActivitiesField value={draft.activities} onChange={(activities) => update({ activities })} disabled={readOnly} />
        </div>
      </div>

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
  if (result && !result.ok) {
    return <p role="alert" className="mr-auto text-sm text-red-700">Not saved: {result.message}</p>;
  }
  let message: React.ReactNode = "";
  if (dirty) message = "You have unsaved changes.";
  else if (result?.ok) message = <span className="text-emerald-700">Restrictions saved.</span>;
  return <p role="status" className="mr-auto text-sm text-slate-500">{message}</p>;
}
