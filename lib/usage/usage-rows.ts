import { sql, type SQL } from "drizzle-orm";
import type { Org } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { queryRows } from "./query-rows";
import { toMicroCredits } from "./summary";
import type { UsageBucket } from "./usage-range";

/** Usage summed per bucket, group org and activity, in millionths of a credit. */
export interface UsageCell {
  /** Index into the buckets. */
  bucket: number;
  /** The acting org itself or one of its direct child orgs (the subtree it heads). */
  orgId: string;
  activity: string;
  calls: number;
  micro: bigint;
}

const MONTH_MS_TOLERANCE = 0;

function isWholeHour(date: Date): boolean {
  return date.getTime() % 3_600_000 === 0;
}

function isUtcMidnight(date: Date): boolean {
  return date.getTime() % 86_400_000 === 0;
}

function isUtcMonthStart(date: Date): boolean {
  return isUtcMidnight(date) && date.getUTCDate() === 1;
}

/**
 * Loads the usage of `org`'s subtree in `buckets`, split by direct child org when `byOrg`. It reads
 * the cheapest rollup that is exact for the boundaries: subtree months when every boundary starts a
 * UTC month, own UTC days when splitting by org on UTC midnights, subtree hours when every boundary
 * is a whole hour, and subtree 15-minute intervals otherwise. Raw events are never read.
 */
export async function loadUsageCells(db: Db, org: Org, buckets: UsageBucket[], byOrg: boolean): Promise<UsageCell[]> {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return [];
  const boundaries = [first.start, ...buckets.map((bucket) => bucket.end)];
  const bounds = `{${buckets.map((bucket) => bucket.start.toISOString()).join(",")}}`;

  let query: SQL;
  if (boundaries.every(isUtcMonthStart)) {
    query = sql`
      select width_bucket((r.month::timestamp at time zone 'UTC'), ${bounds}::timestamptz[]) as bucket, r.org_id, r.activity,
        sum(r.calls)::text as calls, sum(r.credits)::text as credits
      from usage_subtree_monthly r
      where ${subtreeHeads(org, byOrg)} and r.month >= ${day(first.start)}::date and r.month < ${day(last.end)}::date
      group by 1, 2, 3`;
  } else if (byOrg && boundaries.every(isUtcMidnight)) {
    const depth = org.ancestorIds.length;
    query = sql`
      select width_bucket((r.day::timestamp at time zone 'UTC'), ${bounds}::timestamptz[]) as bucket,
        case when o.id = ${org.id} then o.id else coalesce(o.ancestor_ids[${depth + 2}], o.id) end as org_id,
        r.activity, sum(r.calls)::text as calls, sum(r.credits)::text as credits
      from usage_daily r
      join orgs o on o.id = r.org_id
      where (o.id = ${org.id} or ${org.id} = any(o.ancestor_ids)) and r.day >= ${day(first.start)}::date and r.day < ${day(last.end)}::date
      group by 1, 2, 3`;
    return toCells(await queryRows(db, query));
  } else {
    const table = boundaries.every(isWholeHour) ? sql`usage_subtree_hours` : sql`usage_subtree_quarter_hours`;
    query = sql`
      select width_bucket(r.starts_at, ${bounds}::timestamptz[]) as bucket, r.org_id, r.activity,
        sum(r.calls)::text as calls, sum(r.credits)::text as credits
      from ${table} r
      where ${subtreeHeads(org, byOrg)} and r.starts_at >= ${first.start.toISOString()}::timestamptz
        and r.starts_at < ${last.end.toISOString()}::timestamptz
      group by 1, 2, 3`;
  }
  const cells = toCells(await queryRows(db, query));
  return byOrg ? ownUsageOfActingOrg(cells, org.id) : cells;
}

/** Rows of the org's own subtree total, plus those of its direct children when splitting by org. */
function subtreeHeads(org: Org, byOrg: boolean): SQL {
  if (!byOrg) return sql`r.org_id = ${org.id}`;
  return sql`r.org_id in (select id from orgs where id = ${org.id} or parent_id = ${org.id})`;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function toCells(rows: { bucket: number; org_id: string; activity: string; calls: string; credits: string }[]): UsageCell[] {
  return rows.map((row) => ({
    bucket: Number(row.bucket) - 1,
    orgId: row.org_id,
    activity: row.activity,
    calls: Number(row.calls),
    micro: toMicroCredits(row.credits),
  }));
}

/**
 * Subtree rows count each child's usage in the acting org's row too; subtracting the children
 * leaves the acting org's own usage.
 */
function ownUsageOfActingOrg(cells: UsageCell[], orgId: string): UsageCell[] {
  const own = new Map<string, UsageCell>();
  for (const cell of cells) {
    if (cell.orgId === orgId) own.set(`${cell.bucket}|${cell.activity}`, { ...cell });
  }
  for (const cell of cells) {
    if (cell.orgId === orgId) continue;
    const total = own.get(`${cell.bucket}|${cell.activity}`);
    if (!total) continue;
    total.calls -= cell.calls;
    total.micro -= cell.micro;
  }
  const children = cells.filter((cell) => cell.orgId !== orgId);
  return [...children, ...[...own.values()].filter((cell) => cell.calls !== 0 || cell.micro !== 0n)];
}
