"use client";

import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import type { ChildUsageRow } from "./child-usage";
import { nextSort, sortChildUsage, type ChildUsageSort, type ChildUsageSortKey } from "./child-usage-sort";

const COLUMNS: { key: ChildUsageSortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "Child org", numeric: false },
  { key: "credits", label: "Credits", numeric: true },
  { key: "calls", label: "Calls", numeric: true },
];

function ariaSort(sort: ChildUsageSort, key: ChildUsageSortKey): "ascending" | "descending" | "none" {
  if (sort.key !== key) return "none";
  return sort.direction === "asc" ? "ascending" : "descending";
}

function sortArrow(sort: ChildUsageSort, key: ChildUsageSortKey): string {
  if (sort.key !== key) return "";
  return sort.direction === "asc" ? "▲" : "▼";
}

/** Direct child orgs of the acting org with their usage in the period, sortable by name, credits and calls. */
export function ChildUsageTable({ rows, parentOrgId }: { rows: readonly ChildUsageRow[]; parentOrgId: string }) {
  const [sort, setSort] = useState<ChildUsageSort>({ key: "credits", direction: "desc" });
  const sorted = sortChildUsage(rows, sort);

  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Usage per child org, sortable</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium text-slate-500">
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={ariaSort(sort, column.key)}
                className={`px-4 py-2 whitespace-nowrap ${column.numeric ? "text-right" : ""}`}
              >
                <button
                  type="button"
                  onClick={() => setSort((current) => nextSort(current, column.key))}
                  className={`inline-flex items-center gap-1 rounded hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 ${sort.key === column.key ? "text-slate-900" : ""}`}
                >
                  {column.label}
                  <span aria-hidden className="w-2 text-[10px]">
                    {sortArrow(sort, column.key)}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col" className="px-4 py-2 text-right whitespace-nowrap">Share of credits</th>
            <th scope="col" className="px-4 py-2">Status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.map((row) => (
              <tr key={row.orgId} className="hover:bg-slate-50">
                {/* Chromium ignores max-width on a table cell, so the link itself truncates long names. */}
                <td className="px-4 py-2.5">
                  <Link href={`/orgs/${parentOrgId}/child-orgs/${row.orgId}`} className="block max-w-40 truncate font-medium text-slate-900 md:max-w-56 xl:max-w-72 hover:text-brand-700 hover:underline" title={row.orgName}>
                    {row.orgName}
                  </Link>
                </td>
                <td className="px-4 py-2.5 text-right font-medium tabular-nums text-slate-900">{row.creditsText}</td>
                <td className="px-4 py-2.5 text-right tabular-nums text-slate-700">{row.callsText}</td>
                <td className="px-4 py-2.5">
                  <div className="flex items-center justify-end gap-2">
                    <div className="h-1.5 w-20 overflow-hidden rounded-full bg-slate-100" aria-hidden>
                      <div className="h-full rounded-full bg-brand-500" style={{ width: `${row.share * 100}%` }} />
                    </div>
                    <span className="w-10 text-right tabular-nums text-slate-600">{row.shareText}</span>
                  </div>
                </td>
                <td className="px-4 py-2.5">
                  {row.status === "suspended" ? <Badge tone="red">Suspended</Badge> : <Badge tone="green">Active</Badge>}
                </td>
              </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
