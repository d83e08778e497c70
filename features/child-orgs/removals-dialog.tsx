"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ACTIVITY_LABELS, isActivity } from "@/lib/catalog/activities";
import type { CatalogOption } from "./catalog-options";
import type { Removals } from "./entitlement-changes";

const MAX_NAMES = 12;

/** Asks before saving restrictions that take access away, and lists what goes. */
export function RemovalsDialog({ removals, childOrgName, voices, soundTemplates, pending, onConfirm, onCancel }: {
  removals: Removals | null;
  childOrgName: string;
  voices: CatalogOption[];
  soundTemplates: CatalogOption[];
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const names = (ids: string[], options: CatalogOption[]) => {
    const byId = new Map(options.map((option) => [option.id, option.name]));
    return ids.map((id) => byId.get(id) ?? id);
  };

  return (
    <ConfirmDialog
      open={removals !== null}
      title={`Remove access for ${childOrgName}?`}
      confirmLabel="Remove access and save"
      tone="danger"
      pending={pending}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {removals && (
        <>
          <p>After saving, {childOrgName} may no longer use the following:</p>
          <ul className="mt-3 space-y-2">
            {removals.voiceIntelligence && <Removed title="Voice Intelligence" items={["turned off"]} />}
            {removals.voiceIds.length > 0 && (
              <Removed title={`${removals.voiceIds.length} of ${voices.length} voices`} items={names(removals.voiceIds, voices)} />
            )}
            {removals.soundTemplateIds.length > 0 && (
              <Removed
                title={`${removals.soundTemplateIds.length} of ${soundTemplates.length} sound designs`}
                items={names(removals.soundTemplateIds, soundTemplates)}
              />
            )}
            {removals.activities.length > 0 && (
              <Removed
                title={`${removals.activities.length} ${removals.activities.length === 1 ? "activity" : "activities"}`}
                items={removals.activities.map((activity) => (isActivity(activity) ? ACTIVITY_LABELS[activity] : activity))}
              />
            )}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
}

function Removed({ title, items }: { title: string; items: string[] }) {
  const shown = items.slice(0, MAX_NAMES);
  const more = items.length - shown.length;
  return (
    <li className="rounded-md bg-red-50 px-3 py-2">
      <span className="font-medium text-red-800">{title}</span>
      <span className="text-red-700">: {shown.join(", ")}{more > 0 ? ` and ${more} more` : ""}</span>
    </li>
  );
}
