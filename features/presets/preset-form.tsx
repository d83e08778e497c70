"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextField } from "@/components/ui/field";
import type { Entitlements } from "@/lib/entitlements/schemas";
import type { CatalogOption } from "@/features/child-orgs/catalog-options";
import { normalize } from "@/features/child-orgs/entitlement-changes";
import { EntitlementFields } from "@/features/child-orgs/entitlement-fields";
import { withoutLockedIds, type Locks } from "@/features/child-orgs/locks";
import { SaveError, type SaveFailure } from "@/features/child-orgs/save-error";
import { UNRESTRICTED_ENTITLEMENTS } from "@/features/child-orgs/unrestricted";
import { createPresetAction, updatePresetAction } from "./actions";

/**
 * Creates or edits a preset with the same fields as a child org's restrictions. Saving a preset
 * with linked child orgs asks first, because it changes all of them.
 */
export function PresetForm({ actingOrgId, preset, voices, soundTemplates, locks, readOnlyReason }: {
  actingOrgId: string;
  /** Undefined when creating a preset. */
  preset?: { id: string; name: string; value: Entitlements; linkedOrgs: { id: string; name: string }[] };
  voices: CatalogOption[];
  soundTemplates: CatalogOption[];
  locks: Locks;
  readOnlyReason?: string;
}) {
  const router = useRouter();
  const [name, setName] = useState(preset?.name ?? "");
  const [draft, setDraft] = useState(preset?.value ?? UNRESTRICTED_ENTITLEMENTS);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const readOnly = readOnlyReason !== undefined;
  const linked = preset?.linkedOrgs ?? [];
  const listHref = `/orgs/${actingOrgId}/presets`;

  function save() {
    setFailure(null);
    setSaved(null);
    startTransition(async () => {
      const input = { name, ...normalize(withoutLockedIds(draft, locks)) };
      const response = preset
        ? await updatePresetAction(actingOrgId, preset.id, input)
        : await createPresetAction(actingOrgId, input);
      setConfirming(false);
      if (!response.ok) {
        setFailure(response.error);
        return;
      }
      if (!preset) {
        router.push(`${listHref}?created=${encodeURIComponent(response.data.presetId)}`);
        return;
      }
      setSaved(linked.length > 0 ? `Preset saved and applied to ${linked.length} linked child ${linked.length === 1 ? "org" : "orgs"}.` : "Preset saved.");
      router.refresh();
    });
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (linked.length > 0) setConfirming(true);
    else save();
  }

  const nameError = failure && (failure.field === "name" || failure.code === "preset_name_taken") ? failure.message : undefined;

  return (
    <form onSubmit={submit} noValidate aria-label={preset ? `Preset ${preset.name}` : "New preset"} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="space-y-3 border-b border-slate-100 px-5 py-4">
        {readOnly && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{readOnlyReason}</p>}
        <div className="max-w-md">
          <TextField
            label="Preset name"
            name="name"
            value={name}
            onChange={(event) => { setName(event.target.value); setSaved(null); }}
            error={nameError}
            hint="For example “Starter plan” or “Audiobooks, English only”. Unique among your presets."
            maxLength={80}
            disabled={readOnly}
            autoComplete="off"
            aria-required
          />
        </div>
        {linked.length > 0 && (
          <p className="text-sm text-slate-600">
            Linked child orgs ({linked.length}): {linked.map((org) => org.name).join(", ")}. Saving changes their restrictions too.
          </p>
        )}
      </header>

      <EntitlementFields
        value={draft}
        onChange={(change) => { setDraft((current) => ({ ...current, ...change })); setSaved(null); }}
        voices={voices}
        soundTemplates={soundTemplates}
        locks={locks}
        disabled={readOnly}
      />

      {!readOnly && (
        <footer className="sticky bottom-0 flex flex-wrap items-center justify-end gap-3 rounded-b-lg border-t border-slate-200 bg-slate-50/95 px-5 py-3 backdrop-blur">
          <div className="mr-auto">
            {failure && !nameError && <SaveError failure={failure} />}
            {saved && <p role="status" className="text-sm text-emerald-700">{saved}</p>}
          </div>
          <Link href={listHref} className={buttonClasses("ghost")}>{preset ? "Back to presets" : "Cancel"}</Link>
          <Button type="submit" disabled={pending}>{pending ? "Saving…" : preset ? "Save preset" : "Create preset"}</Button>
        </footer>
      )}

      <ConfirmDialog
        open={confirming}
        title={`Change ${linked.length} linked child ${linked.length === 1 ? "org" : "orgs"}?`}
        confirmLabel="Save and apply"
        tone="danger"
        pending={pending}
        onConfirm={save}
        onCancel={() => setConfirming(false)}
      >
        <p>The restrictions of every linked child org become the preset&apos;s at once, which may remove access they have now:</p>
        <p className="mt-2 rounded-md bg-slate-50 px-3 py-2 text-slate-700">{linked.map((org) => org.name).join(", ")}</p>
      </ConfirmDialog>
    </form>
  );
}
