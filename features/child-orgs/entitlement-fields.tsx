"use client";

import { Switch } from "@/components/ui/switch";
import { ENTITLEMENT_FIELDS, type EntitlementField, type Entitlements } from "@/lib/entitlements/schemas";
import { ActivitiesField } from "./activities-field";
import { SOUND_TEMPLATE_FACETS, VOICE_FACETS, type CatalogOption } from "./catalog-options";
import { CatalogSelection } from "./catalog-selection";
import { LockIcon } from "./lock-icon";
import { lockExplanation, lockLabel, type Locks } from "./locks";

/**
 * Renders the fields of an entitlements body: Voice Intelligence, voices, sound designs and
 * activities. The child org editor, the preset form and the bulk change form use it; the bulk
 * form shows only the `parts` being changed.
 */
export function EntitlementFields({ value, onChange, voices, soundTemplates, locks, disabled, parts = ALL_PARTS }: {
  value: Entitlements;
  onChange: (change: Partial<Entitlements>) => void;
  voices: CatalogOption[];
  soundTemplates: CatalogOption[];
  locks: Locks;
  disabled: boolean;
  parts?: ReadonlySet<EntitlementField>;
}) {
  const viLock = locks.voiceIntelligence;
  return (
    <div className="divide-y divide-slate-100">
      {parts.has("voiceIntelligence") && <div className="px-5 py-4">
        <Switch
          label="Voice Intelligence"
          description={
            viLock ? (
              <span title={lockExplanation(viLock)} className="inline-flex items-center gap-1 text-amber-700">
                <LockIcon className="size-3 shrink-0" />
                {lockLabel(viLock)}: turned off for every org below {viLock.orgName}.
              </span>
            ) : (
              "Whether this org may use Voice Intelligence."
            )
          }
          checked={!viLock && value.voiceIntelligence}
          onChange={(voiceIntelligence) => onChange({ voiceIntelligence })}
          disabled={disabled || Boolean(viLock)}
        />
      </div>}
      {parts.has("voices") && <div className="px-5 py-4">
        <CatalogSelection
          nouns={{ title: "Voices", plural: "voices" }}
          options={voices}
          facets={VOICE_FACETS}
          value={value.voices}
          onChange={(selection) => onChange({ voices: selection })}
          disabled={disabled}
          locked={locks.voices}
        />
      </div>}
      {parts.has("soundTemplates") && <div className="px-5 py-4">
        <CatalogSelection
          nouns={{ title: "Sound designs", plural: "sound designs" }}
          options={soundTemplates}
          facets={SOUND_TEMPLATE_FACETS}
          value={value.soundTemplates}
          onChange={(selection) => onChange({ soundTemplates: selection })}
          disabled={disabled}
          locked={locks.soundTemplates}
        />
      </div>}
      {parts.has("activities") && <div className="px-5 py-4">
        <ActivitiesField value={value.activities} onChange={(activities) => onChange({ activities })} disabled={disabled} locked={locks.activities} />
      </div>}
    </div>
  );
}

const ALL_PARTS: ReadonlySet<EntitlementField> = new Set(ENTITLEMENT_FIELDS);
