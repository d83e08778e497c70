/** The usage page's search parameters; both are optional in a shared link. */
export interface UsageSearch {
  /** Billing period, `YYYY-MM`. */
  period?: string;
  /** IANA time zone of the daily charts and the CSV dates. */
  tz?: string;
}

/** Builds `path?period=…&tz=…`, leaving out absent values, so links keep both choices. */
export function usageHref(path: string, search: UsageSearch): string {
  const params = new URLSearchParams();
  if (search.period) params.set("period", search.period);
  if (search.tz) params.set("tz", search.tz);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Reads the first value of a search parameter that Next may pass as a string or an array. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Lists the time zones the picker offers: UTC first, then every IANA zone the runtime supports, plus
 * `selected` when it is an alias missing from that list (browsers report some, such as Asia/Calcutta).
 */
export function timeZoneOptions(selected: string, known: readonly string[] = Intl.supportedValuesOf("timeZone")): string[] {
  const zones = known.filter((zone) => zone !== "UTC");
  if (selected !== "UTC" && !zones.includes(selected)) zones.push(selected);
  return ["UTC", ...zones.sort()];
}
