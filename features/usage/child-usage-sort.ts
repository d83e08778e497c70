// Client-safe decimal comparison: this module runs in the browser, where lib/usage must not load.
import { compareDecimals } from "@/features/child-orgs/decimal";

export type ChildUsageSortKey = "name" | "credits" | "calls";

export interface ChildUsageSort {
  key: ChildUsageSortKey;
  direction: "asc" | "desc";
}

interface SortableChild {
  orgName: string;
  totals: { calls: number; credits: string };
}

/** Numbers sort largest first on the first click; names sort A to Z. */
export const FIRST_DIRECTION: Record<ChildUsageSortKey, ChildUsageSort["direction"]> = {
  name: "asc",
  credits: "desc",
  calls: "desc",
};

const byName = (a: SortableChild, b: SortableChild) => a.orgName.localeCompare(b.orgName, "en", { sensitivity: "base" });

const COMPARE: Record<ChildUsageSortKey, (a: SortableChild, b: SortableChild) => number> = {
  name: byName,
  // Exact decimals, compared digit by digit, never as floats.
  credits: (a, b) => compareDecimals(a.totals.credits, b.totals.credits),
  calls: (a, b) => a.totals.calls - b.totals.calls,
};

/** Returns the rows sorted by `sort`; ties fall back to the name, A to Z, in either direction. */
export function sortChildUsage<T extends SortableChild>(rows: readonly T[], sort: ChildUsageSort): T[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * COMPARE[sort.key](a, b) || byName(a, b));
}

/** Returns the sort after a click on `key`. The same column flips, and another starts at its first direction. */
export function nextSort(current: ChildUsageSort, key: ChildUsageSortKey): ChildUsageSort {
  if (current.key === key) return { key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { key, direction: FIRST_DIRECTION[key] };
}
