import type { Entitlements } from "@/lib/entitlements/schemas";

type Selection = Entitlements["voices"];

/** Returns the catalog ids a selection lets the org use: all of them, the allow list, or all but the deny list. */
export function allowedIds(selection: Selection, catalogIds: readonly string[]): Set<string> {
  if (selection.mode === "all") return new Set(catalogIds);
  const listed = new Set(selection.ids);
  if (selection.mode === "allow") return new Set(catalogIds.filter((id) => listed.has(id)));
  return new Set(catalogIds.filter((id) => !listed.has(id)));
}

export interface Removals {
  voiceIntelligence: boolean;
  voiceIds: string[];
  soundTemplateIds: string[];
  activities: string[];
}

/** Lists what `after` takes away compared with `before`: the things a confirmation must name. */
export function findRemovals(
  before: Entitlements,
  after: Entitlements,
  catalog: { voiceIds: readonly string[]; soundTemplateIds: readonly string[] },
): Removals {
  const voicesAfter = allowedIds(after.voices, catalog.voiceIds);
  const soundTemplatesAfter = allowedIds(after.soundTemplates, catalog.soundTemplateIds);
  const activitiesAfter = new Set<string>(after.activities);
  return {
    voiceIntelligence: before.voiceIntelligence && !after.voiceIntelligence,
    voiceIds: [...allowedIds(before.voices, catalog.voiceIds)].filter((id) => !voicesAfter.has(id)),
    soundTemplateIds: [...allowedIds(before.soundTemplates, catalog.soundTemplateIds)].filter(
      (id) => !soundTemplatesAfter.has(id),
    ),
    activities: before.activities.filter((activity) => !activitiesAfter.has(activity)),
  };
}

export function hasRemovals(removals: Removals): boolean {
  return (
    removals.voiceIntelligence ||
    removals.voiceIds.length > 0 ||
    removals.soundTemplateIds.length > 0 ||
    removals.activities.length > 0
  );
}

/**
 * Switches a selection to another mode. Between "allow" and "deny" the list is inverted, so the
 * org keeps the same voices; "all" keeps the list, so that switching back restores it.
 */
export function changeMode(
  selection: Selection,
  mode: Selection["mode"],
  catalogIds: readonly string[],
): Selection {
  if (mode === selection.mode) return selection;
  const inverted = (selection.mode === "allow" && mode === "deny") || (selection.mode === "deny" && mode === "allow");
  if (!inverted) return { mode, ids: selection.ids };
  const listed = new Set(selection.ids);
  return { mode, ids: catalogIds.filter((id) => !listed.has(id)) };
}

/** Compares two entitlements as the server stores them (lists in "all" mode are ignored). */
export function sameEntitlements(a: Entitlements, b: Entitlements): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

/** Returns the input to save, with ids dropped in "all" mode and lists sorted and deduplicated. */
export function normalize(value: Entitlements): Entitlements {
  const selection = (item: Selection): Selection => ({
    mode: item.mode,
    ids: item.mode === "all" ? [] : [...new Set(item.ids)].sort(),
  });
  return {
    voices: selection(value.voices),
    soundTemplates: selection(value.soundTemplates),
    voiceIntelligence: value.voiceIntelligence,
    activities: [...new Set(value.activities)].sort(),
  };
}
