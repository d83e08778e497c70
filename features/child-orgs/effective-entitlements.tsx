import { ACTIVITIES } from "@/lib/catalog/activities";
import type { OrgRef } from "@/lib/entitlements/effective";
import type { EffectiveItems, EffectiveView } from "@/lib/entitlements/view";
import type { CatalogOption } from "./catalog-options";
import { ACTIVITY_NAMES, groupRestrictions } from "./effective-groups";
import { LockIcon } from "./lock-icon";
import { lockExplanation, toLock } from "./locks";

/**
 * Renders what a child org can finally use once every org above it is applied, and for each item
 * it cannot use, whose restrictions removed it.
 */
export function EffectiveEntitlements({ childOrgName, effective, path, voices, soundTemplates }: {
  childOrgName: string;
  effective: EffectiveView;
  path: OrgRef[];
  voices: CatalogOption[];
  soundTemplates: CatalogOption[];
}) {
  const vi = effective.voiceIntelligence;
  const voiceNames = new Map(voices.map((voice) => [voice.id, voice.name]));
  const soundNames = new Map(soundTemplates.map((template) => [template.id, template.name]));
  return (
    <section aria-labelledby="effective-title" className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="border-b border-slate-100 px-5 py-4">
        <h2 id="effective-title" className="text-sm font-semibold text-slate-900">Effective entitlements</h2>
        <p className="mt-0.5 text-sm text-slate-500">
          What {childOrgName} can finally use: its own restrictions combined with those of every org above it
          ({path.map((org) => org.orgName).join(" → ")}).
        </p>
      </header>
      <dl className="grid grid-cols-2 divide-x divide-slate-100 border-b border-slate-100 sm:grid-cols-4">
        <Stat label="Voices" value={`${effective.voices.ids.length} of ${voices.length}`} />
        <Stat label="Sound designs" value={`${effective.soundTemplates.ids.length} of ${soundTemplates.length}`} />
        <Stat label="Voice Intelligence" value={vi.allowed ? "On" : "Off"} />
        <Stat label="Activities" value={`${effective.activities.ids.length} of ${ACTIVITIES.length}`} />
      </dl>
      <div className="divide-y divide-slate-100">
        <ItemsRow title="Voices" noun="voices" items={effective.voices} path={path} names={voiceNames} />
        <ItemsRow title="Sound designs" noun="sound designs" items={effective.soundTemplates} path={path} names={soundNames} />
        <div className="px-5 py-3 text-sm">
          <h3 className="font-medium text-slate-900">Voice Intelligence</h3>
          {vi.allowed ? (
            <p className="mt-1 text-slate-600">Usable.</p>
          ) : (
            <Explanation
              locked={Boolean(vi.restrictedBy?.locked)}
              text={
                vi.restrictedBy?.locked
                  ? lockExplanation(toLock(vi.restrictedBy, path))
                  : `Turned off by the restrictions of ${childOrgName}.`
              }
            />
          )}
        </div>
        <ItemsRow title="Activities" noun="activities" items={effective.activities} path={path} names={ACTIVITY_NAMES} />
      </div>
    </section>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="px-5 py-3">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}

function ItemsRow({ title, noun, items, path, names }: {
  title: string;
  noun: string;
  items: EffectiveItems;
  path: OrgRef[];
  names: ReadonlyMap<string, string>;
}) {
  const groups = groupRestrictions(items, path, names);
  const usable = items.ids.map((id) => names.get(id) ?? id);
  return (
    <div className="px-5 py-3 text-sm">
      <h3 className="font-medium text-slate-900">{title}</h3>
      {usable.length === 0 ? (
        <p className="mt-1 font-medium text-amber-700">No {noun} are usable.</p>
      ) : (
        <details className="mt-1 group">
          <summary className="cursor-pointer text-slate-600 hover:text-slate-900">
            {usable.length} usable {noun}
            {groups.length === 0 && ": nothing is restricted"}
          </summary>
          <p className="mt-1 leading-relaxed text-slate-600">{usable.join(", ")}</p>
        </details>
      )}
      {groups.length > 0 && (
        <ul className="mt-2 space-y-2">
          {groups.map((group) => (
            <li key={group.orgId}>
              <Explanation locked={!group.editable} text={`${group.names.length} not usable: ${group.explanation.charAt(0).toLowerCase()}${group.explanation.slice(1)}`} />
              <NameList names={group.names} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const MAX_INLINE_NAMES = 12;

function NameList({ names }: { names: string[] }) {
  if (names.length <= MAX_INLINE_NAMES) return <p className="mt-0.5 pl-5 text-slate-500">{names.join(", ")}</p>;
  return (
    <details className="mt-0.5 pl-5 text-slate-500">
      <summary className="cursor-pointer hover:text-slate-800">
        {names.slice(0, MAX_INLINE_NAMES).join(", ")} and {names.length - MAX_INLINE_NAMES} more
      </summary>
      <p className="mt-1">{names.join(", ")}</p>
    </details>
  );
}

function Explanation({ locked, text }: { locked: boolean; text: string }) {
  return (
    <p className={`flex items-start gap-1.5 ${locked ? "text-amber-800" : "text-slate-700"}`}>
      {locked ? <LockIcon className="mt-0.5 size-3.5 shrink-0" /> : <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-slate-400" />}
      <span>{text}</span>
    </p>
  );
}
