import "server-only";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { getEntitlementPreset, listEntitlementPresets, type EntitlementPreset } from "@/lib/entitlements/presets-read";
import { listDescendantNames } from "@/lib/orgs/descendant-names";

/** One preset as the console lists it, with the names of the linked orgs the acting org can see. */
export interface PresetSummary {
  id: string;
  name: string;
  linkedOrgs: { id: string; name: string }[];
  /** ISO 8601, UTC. */
  updatedAt: string;
  voices: EntitlementPreset["voices"];
  soundTemplates: EntitlementPreset["soundTemplates"];
  voiceIntelligence: boolean;
  activityCount: number;
}

export async function loadPresetSummaries(db: Db, context: RequestContext): Promise<PresetSummary[]> {
  const presets = await listEntitlementPresets(db, context);
  const names = await listDescendantNames(db, context, presets.flatMap((preset) => preset.linkedOrgIds));
  return presets.map((preset) => toSummary(preset, names));
}

export async function loadPresetDetail(db: Db, context: RequestContext, presetId: string) {
  const preset = await getEntitlementPreset(db, context, presetId);
  const names = await listDescendantNames(db, context, preset.linkedOrgIds);
  return { preset: toSummary(preset, names), value: preset };
}

function toSummary(preset: EntitlementPreset, names: ReadonlyMap<string, string>): PresetSummary {
  return {
    id: preset.id,
    name: preset.name,
    linkedOrgs: preset.linkedOrgIds.map((id) => ({ id, name: names.get(id) ?? id })),
    updatedAt: preset.updatedAt.toISOString(),
    voices: preset.voices,
    soundTemplates: preset.soundTemplates,
    voiceIntelligence: preset.voiceIntelligence,
    activityCount: preset.activities.length,
  };
}
