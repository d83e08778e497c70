import type { ChildOrgRow } from "./child-org-row";
import { compareDecimals } from "./decimal";

export type ChildOrgSortKey = "name" | "id" | "status" | "created" | "members" | "credits" | "calls";
export interface ChildOrgSort {
  key: ChildOrgSortKey;
  direction: "asc" | "desc";
}

const COMPARATORS: Record<ChildOrgSortKey, (a: ChildOrgRow, b: ChildOrgRow) => number> = {
  name: (a, b) => a.orgName.localeCompare(b.orgName, "en", { sensitivity: "base" }),
  id: (a, b) => a.orgId.localeCompare(b.orgId),
  status: (a, b) => a.status.localeCompare(b.status),
  // ISO 8601 timestamps in UTC sort correctly as strings.
  created: (a, b) => a.createdAt.localeCompare(b.createdAt),
  members: (a, b) => a.members - b.members,
  credits: (a, b) => compareDecimals(a.usage.credits, b.usage.credits),
  calls: (a, b) => a.usage.calls - b.usage.calls,
};

/** Returns the rows sorted by one column; ties keep name order so that the table does not jump. */
export function sortChildOrgs(rows: readonly ChildOrgRow[], sort: ChildOrgSort): ChildOrgRow[] {
  const compare = COMPARATORS[sort.key];
  const sign = sort.direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || COMPARATORS.name(a, b));
}

/** Keeps the rows whose name or id contains `search`, ignoring case and surrounding spaces. */
export function filterChildOrgs(rows: readonly ChildOrgRow[], search: string): ChildOrgRow[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter((row) => row.orgName.toLowerCase().includes(needle) || row.orgId.toLowerCase().includes(needle));
}
