import { z } from "zod";

/** One filter: comma-separated values in a string, or a list of values; any of them may match. */
const FilterValue = z.union([z.string().max(1000), z.array(z.string().max(200)).max(100)]).optional();

export const VoiceFilters = z.object({
  provider: FilterValue,
  language: FilterValue,
  accent: FilterValue,
  gender: FilterValue,
  ageBracket: FilterValue,
  tags: FilterValue,
  industryExamples: FilterValue,
  timePerformance: FilterValue,
});
export type VoiceFilters = z.infer<typeof VoiceFilters>;

export const SoundTemplateFilters = z.object({
  genre: FilterValue,
  tempo: FilterValue,
  tags: FilterValue,
  industryExamples: FilterValue,
  contents: FilterValue,
});
export type SoundTemplateFilters = z.infer<typeof SoundTemplateFilters>;

/** Splits a filter into lower-cased values; an absent or blank filter yields none. */
export function filterValues(filter: string | string[] | undefined): Set<string> {
  const parts = (Array.isArray(filter) ? filter : (filter ?? "").split(",")).map((part) => part.trim().toLowerCase());
  return new Set(parts.filter((part) => part.length > 0));
}

/** True when no values are given, or when the attribute (or any of its values) is one of them. */
export function matchesFilter(wanted: Set<string>, attribute: string | readonly string[]): boolean {
  if (wanted.size === 0) return true;
  const values = typeof attribute === "string" ? [attribute] : attribute;
  return values.some((value) => wanted.has(value.toLowerCase()));
}

/** Applies every filter in `filters` to `items`; `attributes` reads the filtered attributes. */
export function applyFilters<T, K extends string>(
  items: readonly T[],
  filters: Partial<Record<K, string | string[]>>,
  attributes: (item: T) => Record<K, string | readonly string[]>,
): T[] {
  const wanted = Object.entries(filters).map(([key, value]) => [key as K, filterValues(value as string | string[] | undefined)] as const);
  return items.filter((item) => {
    const values = attributes(item);
    return wanted.every(([key, set]) => matchesFilter(set, values[key]));
  });
}

/** Lists, per attribute, the distinct values found among `items`, sorted. */
export function distinctValues<T, K extends string>(
  items: readonly T[],
  keys: readonly K[],
  attributes: (item: T) => Record<K, string | readonly string[]>,
): Record<K, string[]> {
  const sets = new Map<K, Set<string>>(keys.map((key) => [key, new Set<string>()]));
  for (const item of items) {
    const values = attributes(item);
    for (const key of keys) {
      const value = values[key];
      for (const single of typeof value === "string" ? [value] : value) sets.get(key)?.add(single);
    }
  }
  return Object.fromEntries(keys.map((key) => [key, [...(sets.get(key) ?? [])].sort()])) as Record<K, string[]>;
}
