import { authorize } from "@/lib/access/authorize";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { loadEffectiveEntitlements } from "@/lib/entitlements/effective";
import { parseInput } from "@/lib/validation";
import { getCatalogIndex } from "./cache";
import { applyFilters, distinctValues, SoundTemplateFilters, VoiceFilters } from "./filters";
import type { SoundTemplate, Voice } from "./queries";

const VOICE_ATTRIBUTES = ["provider", "language", "accent", "gender", "ageBracket", "tags", "industryExamples", "timePerformance"] as const;
const SOUND_ATTRIBUTES = ["genre", "tempo", "tags", "industryExamples", "contents"] as const;

/** A voice as the API lists it; `voiceName` repeats `name` for SDKs that read that field. */
export type VoiceListing = Voice & { voiceName: string };

const voiceAttributes = (voice: Voice) => ({
  provider: voice.provider,
  language: voice.language,
  accent: voice.accent,
  gender: voice.gender,
  ageBracket: voice.ageBracket,
  tags: voice.tags,
  industryExamples: voice.industryExamples,
  timePerformance: voice.timePerformance,
});

const soundAttributes = (template: SoundTemplate) => ({
  genre: template.genre,
  tempo: template.tempo,
  tags: template.tags,
  industryExamples: template.industryExamples,
  contents: template.contents,
});

async function usableVoices(db: Db, context: RequestContext): Promise<Voice[]> {
  authorize(context, "org.read");
  const [catalog, effective] = await Promise.all([getCatalogIndex(db), loadEffectiveEntitlements(db, context.actingOrg)]);
  return catalog.voices.filter((voice) => effective.voices.allowed.has(voice.id));
}

async function usableSoundTemplates(db: Db, context: RequestContext): Promise<SoundTemplate[]> {
  authorize(context, "org.read");
  const [catalog, effective] = await Promise.all([getCatalogIndex(db), loadEffectiveEntitlements(db, context.actingOrg)]);
  return catalog.soundTemplates.filter((template) => effective.soundTemplates.allowed.has(template.id));
}

/** Lists the voices the acting org may use that match every given filter. */
export async function listUsableVoices(db: Db, context: RequestContext, rawFilters: unknown): Promise<VoiceListing[]> {
  const filters = parseInput(VoiceFilters, rawFilters ?? {});
  const voices = applyFilters(await usableVoices(db, context), filters, voiceAttributes);
  return voices.map((voice) => ({ ...voice, voiceName: voice.name }));
}

/** Lists each filterable voice attribute with the values found among the acting org's usable voices. */
export async function listVoiceParameters(db: Db, context: RequestContext) {
  return distinctValues(await usableVoices(db, context), VOICE_ATTRIBUTES, voiceAttributes);
}

/** Lists the sound designs the acting org may use that match every given filter. */
export async function listUsableSoundTemplates(db: Db, context: RequestContext, rawFilters: unknown): Promise<SoundTemplate[]> {
  const filters = parseInput(SoundTemplateFilters, rawFilters ?? {});
  return applyFilters(await usableSoundTemplates(db, context), filters, soundAttributes);
}

/** Lists each filterable sound design attribute with the values found among usable sound designs. */
export async function listSoundParameters(db: Db, context: RequestContext) {
  return distinctValues(await usableSoundTemplates(db, context), SOUND_ATTRIBUTES, soundAttributes);
}
