import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

/**
 * Recomputes every usage rollup from the raw events: own usage per UTC day, and subtree usage per
 * 15-minute interval, UTC hour and UTC month. With `rootOrgIds` only those trees are rebuilt, so that
 * ingestion into other trees can run meanwhile. Used by the seed and by tests that insert raw events.
 */
export async function rebuildUsageRollups(tx: Db, rootOrgIds?: string[]): Promise<void> {
  const scope = rootOrgIds
    ? sql`in (select id from orgs where root_id in (select json_array_elements_text(${JSON.stringify(rootOrgIds)}::json)))`
    : sql`is not null`;
  await tx.execute(sql`delete from usage_daily where org_id ${scope}`);
  await tx.execute(sql`delete from usage_subtree_quarter_hours where org_id ${scope}`);
  await tx.execute(sql`delete from usage_subtree_hours where org_id ${scope}`);
  await tx.execute(sql`delete from usage_subtree_monthly where org_id ${scope}`);
  await tx.execute(sql`
    insert into usage_daily (org_id, day, activity, calls, credits)
    select org_id, (occurred_at at time zone 'UTC')::date, activity, count(*), sum(credits)
    from usage_events
    where org_id ${scope}
    group by 1, 2, 3`);
  await tx.execute(sql`
    insert into usage_subtree_quarter_hours (org_id, starts_at, activity, calls, credits)
    select path.org_id, date_bin('15 minutes', e.occurred_at, timestamptz '2000-01-01 00:00:00+00'), e.activity, count(*), sum(e.credits)
    from usage_events e
    join orgs o on o.id = e.org_id
    cross join lateral unnest(o.ancestor_ids || o.id) as path(org_id)
    where e.org_id ${scope}
    group by 1, 2, 3`);
  await tx.execute(sql`
    insert into usage_subtree_hours (org_id, starts_at, activity, calls, credits)
    select path.org_id, date_trunc('hour', e.occurred_at at time zone 'UTC') at time zone 'UTC', e.activity, count(*), sum(e.credits)
    from usage_events e
    join orgs o on o.id = e.org_id
    cross join lateral unnest(o.ancestor_ids || o.id) as path(org_id)
    where e.org_id ${scope}
    group by 1, 2, 3`);
  await tx.execute(sql`
    insert into usage_subtree_monthly (org_id, month, activity, calls, credits)
    select path.org_id, date_trunc('month', e.occurred_at at time zone 'UTC')::date, e.activity, count(*), sum(e.credits)
    from usage_events e
    join orgs o on o.id = e.org_id
    cross join lateral unnest(o.ancestor_ids || o.id) as path(org_id)
    where e.org_id ${scope}
    group by 1, 2, 3`);
}

/** Former name of `rebuildUsageRollups`, kept for callers written before the subtree rollups. */
export const rebuildDailyRollups = rebuildUsageRollups;
