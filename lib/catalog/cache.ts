import type { Db } from "@/lib/db/client";
import { GenerationMap } from "@/lib/cache/tree-cache";
import { listCatalogSoundTemplates, listCatalogVoices, type SoundTemplate, type Voice } from "./queries";

export interface CatalogIndex {
  /** Sorted by name, as the API lists them. */
  voices: Voice[];
  soundTemplates: SoundTemplate[];
  voiceIds: ReadonlySet<string>;
  soundTemplateIds: ReadonlySet<string>;
}

const catalogCache = new GenerationMap<CatalogIndex>();

/**
 * Returns the voice and sound design catalog from memory, reading it once per cache generation.
 * An empty catalog is not cached, so that seeding it later takes effect at once.
 */
export async function getCatalogIndex(db: Db): Promise<CatalogIndex> {
  const index = await catalogCache.getOrLoad(db, "catalog", async () => {
    const [voices, soundTemplates] = await Promise.all([listCatalogVoices(db), listCatalogSoundTemplates(db)]);
    if (voices.length === 0 && soundTemplates.length === 0) return undefined;
    return {
      voices,
      soundTemplates,
      voiceIds: new Set(voices.map((voice) => voice.id)),
      soundTemplateIds: new Set(soundTemplates.map((template) => template.id)),
    };
  });
  return index ?? { voices: [], soundTemplates: [], voiceIds: new Set(), soundTemplateIds: new Set() };
}
