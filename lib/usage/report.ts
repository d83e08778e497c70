import { sql } from "drizzle-orm";
import { authorize } from "@/lib/access/authorize";
import { ACTIVITIES } from "@/lib/catalog/activities";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { getChildOrg } from "@/lib/orgs/child-orgs";
import { queryRows } from "./query-rows";
import { fromMicroCredits } from "./summary";
import { parseUsageRange, type UsageGrouping } from "./usage-range";
import { loadUsageCells, type UsageCell } from "./usage-rows";

export interface UsageReportRow {
  /** The bucket: `YYYY-MM-DD` or `YYYY-MM` in the report's time zone. */
  period: string;
  activity?: string;
  /** With groupBy org: the acting org (its own usage) or a direct child org (with its descendants). */
  orgId?: string;
  orgName?: string;
  calls: number;
  /** Exact decimal. */
  credits: string;
}

export interface UsageReport {
  orgId: string;
  from: string;
  to: string;
  tz: string;
  granularity: "day" | "month";
  groupBy: UsageGrouping[];
  /** Every bucket of the range, so charts can show empty ones. */
  buckets: { period: string; start: string; end: string }[];
  totals: { calls: number; credits: string };
  rows: UsageReportRow[];
}

/** Usage of the acting org and its descendants over a range; see `parseUsageRange` for the query. */
export async function getUsageReport(db: Db, context: RequestContext, rawQuery: unknown): Promise<UsageReport> {
  authorize(context, "usage.read");
  return buildReport(db, context.actingOrg, rawQuery);
}

/** The same report for a descendant of the acting org; needs `childOrgs.read` and `usage.read`. */
export async function getChildUsageReport(
  db: Db,
  context: RequestContext,
  childOrgId: string,
  rawQuery: unknown,
): Promise<UsageReport> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "usage.read", child);
  return buildReport(db, child, rawQuery);
}

async function buildReport(db: Db, org: Org, rawQuery: unknown): Promise<UsageReport> {
  const range = parseUsageRange(rawQuery);
  const byOrg = range.groupBy.includes("org");
  const byActivity = range.groupBy.includes("activity");
  const cells = await loadUsageCells(db, org, range.buckets, byOrg);
  const names = byOrg ? await orgNames(db, org) : new Map<string, string>();

  const grouped = new Map<string, UsageCell>();
  for (const cell of cells) {
    const key = `${cell.bucket}|${byOrg ? cell.orgId : ""}|${byActivity ? cell.activity : ""}`;
    const entry = grouped.get(key) ?? { ...cell, calls: 0, micro: 0n };
    entry.calls += cell.calls;
    entry.micro += cell.micro;
    grouped.set(key, entry);
  }
  const activityOrder = new Map<string, number>(ACTIVITIES.map((activity, index) => [activity, index]));
  const sorted = [...grouped.values()].sort(
    (a, b) =>
      a.bucket - b.bucket ||
      (byOrg ? (names.get(a.orgId) ?? "").localeCompare(names.get(b.orgId) ?? "") || a.orgId.localeCompare(b.orgId) : 0) ||
      (activityOrder.get(a.activity) ?? 99) - (activityOrder.get(b.activity) ?? 99),
  );

  let calls = 0;
  let micro = 0n;
  const rows = sorted.map((cell) => {
    calls += cell.calls;
    micro += cell.micro;
    const row: UsageReportRow = { period: range.buckets[cell.bucket]?.period ?? "", calls: cell.calls, credits: fromMicroCredits(cell.micro) };
    if (byActivity) row.activity = cell.activity;
    if (byOrg) {
      row.orgId = cell.orgId;
      row.orgName = names.get(cell.orgId) ?? "";
    }
    return row;
  });

  return {
    orgId: org.id,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    tz: range.tz,
    granularity: range.granularity,
    groupBy: range.groupBy,
    buckets: range.buckets.map((bucket) => ({ period: bucket.period, start: bucket.start.toISOString(), end: bucket.end.toISOString() })),
    totals: { calls, credits: fromMicroCredits(micro) },
    rows,
  };
}

async function orgNames(db: Db, org: Org): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; name: string }>(db, sql`select id, name from orgs where id = ${org.id} or parent_id = ${org.id}`);
  return new Map(rows.map((row) => [row.id, row.name]));
}
