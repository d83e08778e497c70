import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import { orgs, usageDaily } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { normalizeCredits } from "@/lib/orgs/child-orgs";
import { billingPeriod, type BillingPeriod } from "./period";

export interface ActivityUsage {
  activity: string;
  calls: number;
  /** Exact decimal as a string. */
  credits: string;
}

export interface DailyUsage extends ActivityUsage {
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
}

export interface UsageOverview {
  period: BillingPeriod;
  totals: { calls: number; credits: string };
  byActivity: ActivityUsage[];
  daily: DailyUsage[];
}

export interface ChildUsageCard {
  orgId: string;
  orgName: string;
  status: "active" | "suspended";
  totals: { calls: number; credits: string };
  byActivity: ActivityUsage[];
}

/** Rollup rows of `rootOrgId` and all of its descendants. */
const inSubtree = (rootOrgId: string) =>
  sql`${usageDaily.orgId} in (select id from ${orgs} where id = ${rootOrgId} or ${rootOrgId} = any(ancestor_ids))`;

/** Usage of the acting org and its descendants in one billing period, from the daily rollups. */
export async function getUsageOverview(
  db: Db,
  context: RequestContext,
  month?: string,
): Promise<UsageOverview> {
  authorize(context, "usage.read");
  const period = billingPeriod(month);
  const rows = await db
    .select({
      day: usageDaily.day,
      activity: usageDaily.activity,
      calls: sql<string>`sum(${usageDaily.calls})::text`,
      credits: sql<string>`sum(${usageDaily.credits})::text`,
    })
    .from(usageDaily)
    .where(
      and(
        inSubtree(context.actingOrg.id),
        gte(usageDaily.day, period.firstDay),
        lte(usageDaily.day, period.lastDay),
      ),
    )
    .groupBy(usageDaily.day, usageDaily.activity)
    .orderBy(asc(usageDaily.day), asc(usageDaily.activity));

  const daily = rows.map((row) => ({
    day: row.day,
    activity: row.activity,
    calls: Number(row.calls),
    credits: normalizeCredits(row.credits),
  }));
  const byActivity = sumByActivity(daily);
  return { period, totals: sumTotals(byActivity), byActivity, daily };
}

/** One usage card per direct child org of the acting org, each covering the child's subtree. */
export async function getChildUsageCards(
  db: Db,
  context: RequestContext,
  month?: string,
): Promise<ChildUsageCard[]> {
  authorize(context, "usage.read");
  authorize(context, "childOrgs.read");
  const period = billingPeriod(month);
  const children = await db
    .select({ id: orgs.id, name: orgs.name, status: orgs.status })
    .from(orgs)
    .where(eq(orgs.parentId, context.actingOrg.id))
    .orderBy(asc(orgs.name));

  const cards: ChildUsageCard[] = [];
  for (const child of children) {
    const rows = await db
      .select({
        activity: usageDaily.activity,
        calls: sql<string>`sum(${usageDaily.calls})::text`,
        credits: sql<string>`sum(${usageDaily.credits})::text`,
      })
      .from(usageDaily)
      .where(and(inSubtree(child.id), gte(usageDaily.day, period.firstDay), lte(usageDaily.day, period.lastDay)))
      .groupBy(usageDaily.activity);
    const byActivity = sumByActivity(
      rows.map((row) => ({ activity: row.activity, calls: Number(row.calls), credits: normalizeCredits(row.credits) })),
    );
    cards.push({ orgId: child.id, orgName: child.name, status: child.status, totals: sumTotals(byActivity), byActivity });
  }
  return cards;
}

/** Sums rows per activity with exact decimals (credits have at most six places). */
export function sumByActivity(rows: ActivityUsage[]): ActivityUsage[] {
  const totals = new Map<string, { calls: number; micro: bigint }>();
  for (const row of rows) {
    const entry = totals.get(row.activity) ?? { calls: 0, micro: 0n };
    entry.calls += row.calls;
    entry.micro += toMicroCredits(row.credits);
    totals.set(row.activity, entry);
  }
  return [...totals.entries()]
    .map(([activity, { calls, micro }]) => ({ activity, calls, credits: fromMicroCredits(micro) }))
    .sort((a, b) => b.calls - a.calls || a.activity.localeCompare(b.activity));
}

function sumTotals(rows: ActivityUsage[]): { calls: number; credits: string } {
  let calls = 0;
  let micro = 0n;
  for (const row of rows) {
    calls += row.calls;
    micro += toMicroCredits(row.credits);
  }
  return { calls, credits: fromMicroCredits(micro) };
}

/** Parses a decimal string with up to six places into integer millionths of a credit. */
export function toMicroCredits(value: string): bigint {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? value.slice(1) : value).split(".");
  const micro = BigInt(whole || "0") * 1_000_000n + BigInt((fraction + "000000").slice(0, 6));
  return negative ? -micro : micro;
}

export function fromMicroCredits(micro: bigint): string {
  const negative = micro < 0n;
  const absolute = negative ? -micro : micro;
  const whole = absolute / 1_000_000n;
  const fraction = (absolute % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}
