import type { ActivityUsage } from "@/lib/usage/summary";
import { formatCalls, formatCredits } from "./format";

/** Measure of the usage charts: the number of calls or the production credits they cost. */
export type UsageMetric = "calls" | "credits";

export const USAGE_METRICS: readonly UsageMetric[] = ["calls", "credits"];

export const USAGE_METRIC_LABELS: Record<UsageMetric, string> = { calls: "Calls", credits: "Credits" };

/** Returns the metric as a number, for chart geometry only, because credits may lose digits in a float. */
export function metricValue(usage: Pick<ActivityUsage, "calls" | "credits">, metric: UsageMetric): number {
  return metric === "calls" ? usage.calls : Number(usage.credits);
}

/** Formats the exact metric for display. */
export function metricText(usage: Pick<ActivityUsage, "calls" | "credits">, metric: UsageMetric): string {
  return metric === "calls" ? formatCalls(usage.calls) : formatCredits(usage.credits);
}
