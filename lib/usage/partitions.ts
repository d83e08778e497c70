import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

// Months whose partition is known to exist, per database handle.
const knownMonths = new WeakMap<object, Set<string>>();

/** The first day of the UTC month of `at` (a Date or an ISO 8601 UTC string), as `YYYY-MM-01`. */
export function monthStart(at: Date | string): string {
  return `${(typeof at === "string" ? at : at.toISOString()).slice(0, 7)}-01`;
}

/**
 * Creates the monthly partitions of usage_events that rows at `times` need. Call it outside the
 * transaction that inserts, because creating a partition locks the whole table until commit.
 * NOTE: the cache assumes partitions are never dropped while the process runs.
 */
export async function ensureUsagePartitions(db: Db, times: Iterable<Date>): Promise<void> {
  await ensureUsagePartitionMonths(db, [...times].map(monthStart));
}

/** The same for months given as `YYYY-MM-01`. */
export async function ensureUsagePartitionMonths(db: Db, months: Iterable<string>): Promise<void> {
  const known = knownMonths.get(db) ?? new Set<string>();
  knownMonths.set(db, known);
  const missing = [...new Set(months)].filter((month) => !known.has(month));
  if (missing.length === 0) return;
  await db.execute(
    sql`select create_usage_events_partition(month::date) from json_array_elements_text(${JSON.stringify(missing)}::json) as month`,
  );
  for (const month of missing) known.add(month);
}
