import "server-only";
import type { RequestContext } from "@/lib/context";
import { getDb } from "@/lib/db/client";
import { Forbidden, Invalid } from "@/lib/errors";
import { listCreditAlerts, type CreditAlert } from "@/lib/usage/alerts";
import { billingPeriod } from "@/lib/usage/period";
import { getUsagePeriodView, type ChildPeriodUsage, type UsagePeriodView } from "@/lib/usage/period-view";
import { toChildUsageRows, toChildUsageSummaries, type ChildUsageRow, type ChildUsageSummary } from "./child-usage";
import { toUsageCharts, type UsageCharts } from "./usage-charts";

export type ChildUsageState =
  | { kind: "ready"; cards: ChildUsageSummary[]; rows: ChildUsageRow[] }
  | { kind: "forbidden"; message: string };

export interface UsageReport {
  kind: "ready";
  /** The billing period shown, as `YYYY-MM` and its first and last UTC day. */
  period: { month: string; firstDay: string; lastDay: string; isCurrent: boolean };
  /** IANA time zone of the daily chart. */
  tz: string;
  hasUsage: boolean;
  usedCredits: string;
  charts: UsageCharts;
  creditLimit: UsagePeriodView["creditLimit"];
  projectedCredits: string | null;
  /** Alerts of the period: of the acting org, and of its descendants when the viewer may read child orgs. */
  alerts: CreditAlert[];
  /** Present only for an org that can have child orgs. */
  childUsage: ChildUsageState | null;
}

export type UsagePageState =
  | UsageReport
  | { kind: "invalidPeriod"; requested: string; message: string }
  | { kind: "invalidTimeZone"; requested: string; message: string }
  | { kind: "forbidden"; message: string };

/**
 * Loads the usage page of the acting org for `requestedPeriod` (`YYYY-MM`, or the current period
 * when absent) with daily usage in `tz`. An invalid period or time zone or a missing permission
 * becomes a state the page explains. Other errors propagate to the error boundary.
 */
export async function loadUsagePage(
  context: RequestContext,
  requestedPeriod: string | undefined,
  tz: string | undefined,
): Promise<UsagePageState> {
  const db = await getDb();
  try {
    const view = await getUsagePeriodView(db, context, { month: requestedPeriod, tz });
    const period = billingPeriod(view.period);
    return {
      kind: "ready",
      period: {
        month: period.month,
        firstDay: period.firstDay,
        lastDay: period.lastDay,
        isCurrent: period.month === billingPeriod().month,
      },
      tz: view.tz,
      hasUsage: view.totals.calls > 0,
      usedCredits: view.totals.credits,
      charts: toUsageCharts(view),
      creditLimit: view.creditLimit,
      projectedCredits: view.projectedCredits,
      // The subtree's alerts name child orgs, so they are listed only with the child cards.
      alerts: view.children ? await listCreditAlerts(db, context, { period: view.period }) : view.alerts,
      childUsage: childUsageState(context, view.children),
    };
  } catch (error) {
    if (error instanceof Invalid && error.field === "tz" && tz !== undefined) {
      return { kind: "invalidTimeZone", requested: tz, message: error.message };
    }
    if (error instanceof Invalid && requestedPeriod !== undefined) {
      return { kind: "invalidPeriod", requested: requestedPeriod, message: error.message };
    }
    if (error instanceof Forbidden) return { kind: "forbidden", message: error.message };
    throw error;
  }
}

/** The period view leaves out child orgs without `childOrgs.read`; the page names the missing permission. */
function childUsageState(context: RequestContext, children: ChildPeriodUsage[] | null): ChildUsageState | null {
  if (!context.actingOrg.canHaveChildren) return null;
  if (children === null) {
    return { kind: "forbidden", message: `Missing permission childOrgs.read in organization ${context.actingOrg.id}.` };
  }
  return { kind: "ready", cards: toChildUsageSummaries(children), rows: toChildUsageRows(children) };
}
