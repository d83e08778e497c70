import { sql } from "drizzle-orm";
import { authorize } from "@/lib/access/authorize";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { listCreditAlerts, type CreditAlert } from "./alerts";
import { readCreditLimit } from "./credit-limit-read";
import { billingPeriod } from "./period";
import { queryRows } from "./query-rows";
import { fromMicroCredits, sumByActivity, toMicroCredits, type ActivityUsage } from "./summary";
import { resolveTimeZone } from "./time-zones";
import { bucketsOf } from "./usage-range";
import { loadUsageCells } from "./usage-rows";

export interface ChildPeriodUsage {
  orgId: string;
  orgName: string;
  status: "active" | "suspended";
  /** The child org and its descendants. */
  totals: { calls: number; credits: string };
  byActivity: ActivityUsage[];
}

export interface UsagePeriodView {
  orgId: string;
  /** The billing period, `YYYY-MM`, half-open `[start, end)` in UTC. */
  period: string;
  start: string;
  end: string;
  tz: string;
  totals: { calls: number; credits: string };
  byActivity: ActivityUsage[];
  /** Local days of the period in `tz`; the first and last may be partial days. */
  days: string[];
  daily: (ActivityUsage & { day: string })[];
  creditLimit: { monthlyCredits: string; atLimit: "block" | "overage"; alertThresholds: number[]; remainingCredits: string } | null;
  /** Credits at period end if use continues at the average rate so far; null for a past period. */
  projectedCredits: string | null;
  /** Direct child orgs by credits, most first; null when the caller may not read child orgs. */
  children: ChildPeriodUsage[] | null;
  alerts: CreditAlert[];
}

/**
 * Everything the usage dashboard shows for one billing period of the acting org: totals per
 * activity, daily use in the viewer's time zone, the org's credit limit and projection, and a
 * card per direct child org. Reads only subtree rollups, so the cost does not grow with the
 * number of events, and for the child cards only with the number of direct children.
 */
export async function getUsagePeriodView(
  db: Db,
  context: RequestContext,
  options: { month?: string; tz?: string } = {},
  now: Date = new Date(),
): Promise<UsagePeriodView> {
  authorize(context, "usage.read");
  const org = context.actingOrg;
  const period = billingPeriod(options.month, now);
  const tz = resolveTimeZone(options.tz);

  const monthBucket = [{ period: period.month, start: period.start, end: period.end }];
  const days = bucketsOf(period.start.getTime(), period.end.getTime(), "day", tz);
  const mayReadChildren = context.permissions.has("childOrgs.read") && org.canHaveChildren;
  // Independent reads; on PostgreSQL they run on separate pool connections at the same time.
  const [totalCells, dailyCells, limit, children, alerts] = await Promise.all([
    loadUsageCells(db, org, monthBucket, false),
    loadUsageCells(db, org, days, false),
    readCreditLimit(db, org.id),
    mayReadChildren ? childUsage(db, org.id, period.firstDay) : Promise.resolve(null),
    listCreditAlerts(db, context, { orgId: org.id, period: period.month }),
  ]);

  const byActivity = sumByActivity(totalCells.map((cell) => ({ activity: cell.activity, calls: cell.calls, credits: fromMicroCredits(cell.micro) })));
  const totalMicro = totalCells.reduce((sum, cell) => sum + cell.micro, 0n);
  const totals = { calls: totalCells.reduce((sum, cell) => sum + cell.calls, 0), credits: fromMicroCredits(totalMicro) };
  const daily = dailyCells
    .map((cell) => ({ day: days[cell.bucket]?.period ?? "", activity: cell.activity, calls: cell.calls, credits: fromMicroCredits(cell.micro) }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.activity.localeCompare(b.activity));

  let creditLimit: UsagePeriodView["creditLimit"] = null;
  if (limit.monthlyCredits !== null) {
    const remaining = toMicroCredits(limit.monthlyCredits) - totalMicro;
    creditLimit = {
      monthlyCredits: limit.monthlyCredits,
      atLimit: limit.atLimit,
      alertThresholds: limit.alertThresholds,
      remainingCredits: fromMicroCredits(remaining > 0n ? remaining : 0n),
    };
  }

  return {
    orgId: org.id,
    period: period.month,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
    tz,
    totals,
    byActivity,
    days: days.map((bucket) => bucket.period),
    daily,
    creditLimit,
    projectedCredits: projectCredits(totalMicro, period.start, period.end, now),
    children,
    alerts,
  };
}

/** Linear projection to the period end; exact integer arithmetic on millionths of a credit. */
function projectCredits(usedMicro: bigint, start: Date, end: Date, now: Date): string | null {
  if (now >= end) return null;
  if (now <= start) return "0";
  const elapsed = BigInt(now.getTime() - start.getTime());
  const length = BigInt(end.getTime() - start.getTime());
  return fromMicroCredits((usedMicro * length) / elapsed);
}

async function childUsage(db: Db, orgId: string, month: string): Promise<ChildPeriodUsage[]> {
  const rows = await queryRows<{ id: string; name: string; status: "active" | "suspended"; activity: string | null; calls: string | null; credits: string | null }>(
    db,
    sql`select o.id, o.name, o.status, m.activity, m.calls::text as calls, m.credits::text as credits
      from orgs o
      left join usage_subtree_monthly m on m.org_id = o.id and m.month = ${month}::date
      where o.parent_id = ${orgId}`,
  );
  const children = new Map<string, { org: (typeof rows)[number]; usage: ActivityUsage[] }>();
  for (const row of rows) {
    const entry = children.get(row.id) ?? { org: row, usage: [] };
    if (row.activity !== null) entry.usage.push({ activity: row.activity, calls: Number(row.calls), credits: row.credits ?? "0" });
    children.set(row.id, entry);
  }
  return [...children.values()]
    .map(({ org, usage }) => {
      const byActivity = sumByActivity(usage);
      const micro = byActivity.reduce((sum, item) => sum + toMicroCredits(item.credits), 0n);
      return {
        orgId: org.id,
        orgName: org.name,
        status: org.status,
        totals: { calls: byActivity.reduce((sum, item) => sum + item.calls, 0), credits: fromMicroCredits(micro) },
        byActivity,
        micro,
      };
    })
    .sort((a, b) => (b.micro > a.micro ? 1 : b.micro < a.micro ? -1 : a.orgName.localeCompare(b.orgName)))
    .map(({ micro: _micro, ...child }) => child);
}
