import type { SoundTemplate, Voice } from "@/lib/catalog/queries";

/** One catalog item as the restrictions editor shows it: a checkbox with a line of details. */
export interface CatalogOption {
  id: string;
  name: string;
  details: string;
  /** Lowercase text that the search box matches against. */
  searchText: string;
  /** Values of the filters, keyed by `CatalogFacet.key`. */
  facets: Record<string, string>;
}

export interface CatalogFacet {
  key: string;
  label: string;
}

export const VOICE_FACETS: CatalogFacet[] = [
  { key: "language", label: "Language" },
  { key: "gender", label: "Gender" },
  { key: "provider", label: "Provider" },
];

export const SOUND_TEMPLATE_FACETS: CatalogFacet[] = [
  { key: "genre", label: "Genre" },
];

export function toVoiceOption(voice: Voice): CatalogOption {
  return {
    id: voice.id,
    name: voice.name,
    details: [voice.language, voice.accent, voice.gender, voice.provider].join(" · "),
    searchText: [voice.name, voice.id, voice.language, voice.accent, voice.provider, voice.gender, ...voice.tags]
      .join(" ")
      .toLowerCase(),
    facets: { language: voice.language, gender: voice.gender, provider: voice.provider },
  };
}

export function toSoundTemplateOption(template: SoundTemplate): CatalogOption {
  return {
    id: template.id,
    name: template.name,
    details: [template.genre, template.mood, template.tempo].join(" · "),
    searchText: [template.name, template.id, template.genre, template.mood, template.tempo, ...template.tags]
      .join(" ")
      .toLowerCase(),
    facets: { genre: template.genre },
  };
}
