import "server-only";
import type { RequestContext } from "@/lib/context";
import { getDb } from "@/lib/db/client";
import { Forbidden, Invalid } from "@/lib/errors";
import { getChildUsageCards, getUsageOverview } from "@/lib/usage/summary";
import { toChildUsageSummaries, type ChildUsageSummary } from "./child-usage";
import { toUsageCharts, type UsageCharts } from "./usage-charts";

export type ChildUsageState =
  | { kind: "ready"; cards: ChildUsageSummary[] }
  | { kind: "forbidden"; message: string };

export interface UsageReport {
  kind: "ready";
  /** The billing period shown, as `YYYY-MM` and its first and last UTC day. */
  period: { month: string; firstDay: string; lastDay: string };
  hasUsage: boolean;
  charts: UsageCharts;
  /** Present only for an org that can have child orgs. */
  childUsage: ChildUsageState | null;
}

export type UsagePageState =
  | UsageReport
  | { kind: "invalidPeriod"; requested: string; message: string }
  | { kind: "forbidden"; message: string };

/**
 * Loads the usage page of the acting org for `requestedPeriod` (`YYYY-MM`, or the current period
 * when absent). An invalid period or a missing permission becomes a state the page explains.
 * Other errors propagate to the error boundary.
 */
export async function loadUsagePage(context: RequestContext, requestedPeriod: string | undefined): Promise<UsagePageState> {
  const db = await getDb();
  try {
    const overview = await getUsageOverview(db, context, requestedPeriod);
    const { month, firstDay, lastDay } = overview.period;
    return {
      kind: "ready",
      period: { month, firstDay, lastDay },
      hasUsage: overview.totals.calls > 0,
      charts: toUsageCharts(overview),
      childUsage: context.actingOrg.canHaveChildren ? await loadChildUsage(context, month) : null,
    };
  } catch (error) {
    if (error instanceof Invalid && requestedPeriod !== undefined) {
      return { kind: "invalidPeriod", requested: requestedPeriod, message: error.message };
    }
    if (error instanceof Forbidden) return { kind: "forbidden", message: error.message };
    throw error;
  }
}

async function loadChildUsage(context: RequestContext, month: string): Promise<ChildUsageState> {
  try {
    const cards = await getChildUsageCards(await getDb(), context, month);
    return { kind: "ready", cards: toChildUsageSummaries(cards) };
  } catch (error) {
    // Reading child orgs needs childOrgs.read on top of usage.read, so the page still shows the totals.
    if (error instanceof Forbidden) return { kind: "forbidden", message: error.message };
    throw error;
  }
}
