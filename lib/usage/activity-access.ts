import { sql } from "drizzle-orm";
import type { Activity } from "@/lib/catalog/activities";
import type { Db } from "@/lib/db/client";
import { queryRows } from "./query-rows";

/**
 * True when the entitlements of `orgId` and of every ancestor allow `activity`. An org without an
 * entitlements row, or with `activities` null, allows every activity its ancestors allow.
 */
export async function isActivityAllowed(db: Db, orgId: string, activity: Activity): Promise<boolean> {
  const [row] = await queryRows<{ denied: number }>(db, sql`
    select count(*)::int as denied
    from orgs o
    join entitlements e on e.org_id = o.id or e.org_id = any(o.ancestor_ids)
    where o.id = ${orgId}
      and e.activities is not null
      and not (${activity} = any(e.activities))`);
  return Number(row?.denied ?? 0) === 0;
}
