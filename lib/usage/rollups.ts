import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

/** Recomputes every daily rollup from the raw events (UTC days). Used by the seed. */
export async function rebuildDailyRollups(tx: Db): Promise<void> {
  await tx.execute(sql`delete from usage_daily`);
  await tx.execute(sql`
    insert into usage_daily (org_id, day, activity, calls, credits)
    select org_id, (occurred_at at time zone 'UTC')::date, activity, count(*), sum(credits)
    from usage_events
    group by 1, 2, 3`);
}
