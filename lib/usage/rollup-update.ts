import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { NormalizedUsageEvent } from "./ingest-schema";
import { monthStart } from "./partitions";
import { fromMicroCredits } from "./summary";

const QUARTER_HOUR_MS = 15 * 60_000;

interface Sum {
  key: string;
  activity: string;
  calls: number;
  micro: bigint;
}

type RollupRow = { k: string; a: string; n: number; c: string };

function add(sums: Map<string, Sum>, key: string, event: NormalizedUsageEvent): void {
  const id = `${key}|${event.activity}`;
  const sum = sums.get(id);
  if (sum) {
    sum.calls += 1;
    sum.micro += event.creditsMicro;
  } else {
    sums.set(id, { key, activity: event.activity, calls: 1, micro: event.creditsMicro });
  }
}

function toRows(sums: Map<string, Sum>, formatKey: (key: string) => string = (key) => key): RollupRow[] {
  return [...sums.values()].map((sum) => ({ k: formatKey(sum.key), a: sum.activity, n: sum.calls, c: fromMicroCredits(sum.micro) }));
}

/** Sums events per UTC day, 15-minute interval, hour and month (each with the activity), in one pass. */
function sumEvents(events: NormalizedUsageEvent[]) {
  const days = new Map<string, Sum>();
  const quarters = new Map<string, Sum>();
  const hours = new Map<string, Sum>();
  const months = new Map<string, Sum>();
  for (const event of events) {
    add(days, event.occurredAtIso.slice(0, 10), event);
    add(quarters, String(Math.floor(event.occurredAtMs / QUARTER_HOUR_MS) * QUARTER_HOUR_MS), event);
    add(hours, `${event.occurredAtIso.slice(0, 13)}:00:00.000Z`, event);
    add(months, monthStart(event.occurredAtIso), event);
  }
  return {
    daily: toRows(days),
    quarters: toRows(quarters, (key) => new Date(Number(key)).toISOString()),
    hours: toRows(hours),
    months: toRows(months),
  };
}

/**
 * Adds newly recorded events to the rollups: the acting org's own UTC days, and the 15-minute,
 * hourly and monthly rows of the acting org and every ancestor (`pathOrgIds`). The sums are built here, so
 * the statement writes a few dozen rows. Call it last before commit: the ancestors' rows are
 * shared by every batch in the tree, and their row locks are held until commit. Rows are written
 * in key order, so concurrent batches lock shared rows in one order and cannot deadlock.
 */
export async function addToRollups(tx: Db, orgId: string, pathOrgIds: string[], events: NormalizedUsageEvent[]): Promise<void> {
  if (events.length === 0) return;
  const { daily, quarters, hours, months } = sumEvents(events);
  const path = JSON.stringify(pathOrgIds);
  await tx.execute(sql`
    with daily as (
      insert into usage_daily (org_id, day, activity, calls, credits)
      select ${orgId}, x.k::date, x.a, x.n, x.c::numeric
      from json_to_recordset(${JSON.stringify(daily)}::json) as x(k text, a text, n bigint, c text)
      order by 2, 3
      on conflict (org_id, day, activity) do update
        set calls = usage_daily.calls + excluded.calls, credits = usage_daily.credits + excluded.credits
    ),
    quarters as (
      insert into usage_subtree_quarter_hours (org_id, starts_at, activity, calls, credits)
      select p.org_id, x.k::timestamptz, x.a, x.n, x.c::numeric
      from json_to_recordset(${JSON.stringify(quarters)}::json) as x(k text, a text, n bigint, c text)
      cross join json_array_elements_text(${path}::json) as p(org_id)
      order by 1, 2, 3
      on conflict (org_id, starts_at, activity) do update
        set calls = usage_subtree_quarter_hours.calls + excluded.calls,
            credits = usage_subtree_quarter_hours.credits + excluded.credits
    ),
    hours as (
      insert into usage_subtree_hours (org_id, starts_at, activity, calls, credits)
      select p.org_id, x.k::timestamptz, x.a, x.n, x.c::numeric
      from json_to_recordset(${JSON.stringify(hours)}::json) as x(k text, a text, n bigint, c text)
      cross join json_array_elements_text(${path}::json) as p(org_id)
      order by 1, 2, 3
      on conflict (org_id, starts_at, activity) do update
        set calls = usage_subtree_hours.calls + excluded.calls,
            credits = usage_subtree_hours.credits + excluded.credits
    )
    insert into usage_subtree_monthly (org_id, month, activity, calls, credits)
    select p.org_id, x.k::date, x.a, x.n, x.c::numeric
    from json_to_recordset(${JSON.stringify(months)}::json) as x(k text, a text, n bigint, c text)
    cross join json_array_elements_text(${path}::json) as p(org_id)
    order by 1, 2, 3
    on conflict (org_id, month, activity) do update
      set calls = usage_subtree_monthly.calls + excluded.calls,
          credits = usage_subtree_monthly.credits + excluded.credits`);
}
