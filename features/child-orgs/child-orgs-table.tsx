"use client";

import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { LocalTime } from "@/components/ui/local-time";
import type { ChildOrgRow } from "./child-org-row";
import { formatDecimal } from "./decimal";
import { sortChildOrgs, type ChildOrgSort, type ChildOrgSortKey } from "./sort-child-orgs";

// Classes that hide less important columns on narrow screens, where the table scrolls sideways.
const HIDDEN_BELOW_SM = "hidden sm:table-cell";
const HIDDEN_BELOW_XL = "hidden xl:table-cell";

const COLUMNS: { key: ChildOrgSortKey; label: string; numeric?: boolean; visibility?: string }[] = [
  { key: "name", label: "Name" },
  { key: "id", label: "ID", visibility: HIDDEN_BELOW_XL },
  { key: "status", label: "Status" },
  { key: "created", label: "Created", visibility: HIDDEN_BELOW_XL },
  { key: "members", label: "Members", numeric: true, visibility: HIDDEN_BELOW_SM },
  { key: "credits", label: "Credits used", numeric: true },
  { key: "calls", label: "Calls", numeric: true },
];

/** Numbers sort largest first on the first click; text sorts A to Z. */
const FIRST_DIRECTION: Record<ChildOrgSortKey, ChildOrgSort["direction"]> = {
  name: "asc", id: "asc", status: "asc", created: "desc", members: "desc", credits: "desc", calls: "desc",
};

export function ChildOrgsTable({ rows, actingOrgId, highlightedOrgId, selection }: {
  rows: ChildOrgRow[];
  actingOrgId: string;
  highlightedOrgId?: string;
  /** Row checkboxes for bulk changes; absent when the user may not change restrictions. */
  selection?: { selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void };
}) {
  const [sort, setSort] = useState<ChildOrgSort>({ key: "name", direction: "asc" });
  const sorted = sortChildOrgs(rows, sort);

  function toggle(key: ChildOrgSortKey) {
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "asc" ? "desc" : "asc" }
        : { key, direction: FIRST_DIRECTION[key] },
    );
  }

  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium text-slate-500">
          <tr>
            {selection && (
              <th scope="col" className="w-10 py-2 pr-0 pl-4">
                <SelectAllCheckbox rows={sorted} selection={selection} />
              </th>
            )}
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={ariaSort(sort, column.key)}
                className={`px-4 py-2 whitespace-nowrap ${column.numeric ? "text-right" : ""} ${column.visibility ?? ""}`}
              >
                <button
                  type="button"
                  onClick={() => toggle(column.key)}
                  className={`inline-flex items-center gap-1 rounded hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 ${sort.key === column.key ? "text-slate-900" : ""}`}
                >
                  {column.label}
                  <SortIcon direction={sort.key === column.key ? sort.direction : undefined} />
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.map((row) => (
            <tr key={row.orgId} className={row.orgId === highlightedOrgId || selection?.selected.has(row.orgId) ? "bg-brand-50/60" : "hover:bg-slate-50"}>
              {selection && (
                <td className="py-2.5 pr-0 pl-4">
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.orgName}`}
                    checked={selection.selected.has(row.orgId)}
                    onChange={(event) => selection.onChange(toggleId(selection.selected, row.orgId, event.target.checked))}
                    className="accent-brand-600"
                  />
                </td>
              )}
              <td className="px-4 py-2.5 font-medium">
                <span className="flex items-center gap-2">
                  <Link
                    href={`/orgs/${actingOrgId}/child-orgs/${row.orgId}`}
                    title={row.orgName}
                    className="block max-w-40 truncate text-brand-700 hover:underline sm:max-w-56"
                  >
                    {row.orgName}
                  </Link>
                  {row.orgId === highlightedOrgId && <Badge tone="blue">New</Badge>}
                </span>
              </td>
              <td className={`px-4 py-2.5 whitespace-nowrap ${HIDDEN_BELOW_XL}`}>
                {/* The full id is 36 characters wide; the first ones tell the rows apart, the copy button copies all. */}
                <span className="inline-flex items-center gap-1">
                  <code title={row.orgId} className="block w-[9ch] truncate font-mono text-xs text-slate-600">{row.orgId}</code>
                  <CopyButton value={row.orgId} label={`Copy the id of ${row.orgName}`} />
                </span>
              </td>
              <td className="px-4 py-2.5">
                <Badge tone={row.status === "active" ? "green" : "red"}>{row.status === "active" ? "Active" : "Suspended"}</Badge>
              </td>
              <td className={`px-4 py-2.5 whitespace-nowrap text-slate-600 ${HIDDEN_BELOW_XL}`}><LocalTime value={row.createdAt} /></td>
              <td className={`px-4 py-2.5 text-right tabular-nums ${HIDDEN_BELOW_SM}`}>{formatDecimal(String(row.members))}</td>
              <td className="px-4 py-2.5 text-right tabular-nums">{formatDecimal(row.usage.credits)}</td>
              <td className="px-4 py-2.5 text-right tabular-nums">{formatDecimal(String(row.usage.calls))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SelectAllCheckbox({ rows, selection }: {
  rows: ChildOrgRow[];
  selection: { selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void };
}) {
  const selectedCount = rows.filter((row) => selection.selected.has(row.orgId)).length;
  const all = rows.length > 0 && selectedCount === rows.length;
  return (
    <input
      type="checkbox"
      aria-label="Select all child orgs shown"
      checked={all}
      ref={(input) => {
        if (input) input.indeterminate = selectedCount > 0 && !all;
      }}
      onChange={() => {
        const next = new Set(selection.selected);
        for (const row of rows) {
          if (all) next.delete(row.orgId);
          else next.add(row.orgId);
        }
        selection.onChange(next);
      }}
      className="accent-brand-600"
    />
  );
}

function toggleId(selected: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

function ariaSort(sort: ChildOrgSort, key: ChildOrgSortKey): "ascending" | "descending" | undefined {
  if (sort.key !== key) return undefined;
  return sort.direction === "asc" ? "ascending" : "descending";
}

function SortIcon({ direction }: { direction?: "asc" | "desc" }) {
  return (
    <svg aria-hidden viewBox="0 0 10 12" className="h-3 w-2.5" fill="currentColor">
      <path d="M5 1l3.5 4h-7z" className={direction === "asc" ? "opacity-100" : "opacity-30"} />
      <path d="M5 11l3.5-4h-7z" className={direction === "desc" ? "opacity-100" : "opacity-30"} />
    </svg>
  );
}
