import type { ChartSeries, StackedBarDatum } from "@/components/charts/types";
import { fromMicroCredits, toMicroCredits, type DailyUsage } from "@/lib/usage/summary";
import { activityColor, activityLabel, compareActivities } from "./activity-colors";
import { formatCalls, formatCredits } from "./format";
import { metricText, metricValue, type UsageMetric } from "./usage-metric";

export interface DailyBar extends StackedBarDatum {
  /** Local day in the chart's time zone, `YYYY-MM-DD`; `x` is its day of the month. */
  day: string;
  /** Exact formatted value per activity, only for activities with usage that day. */
  valueTexts: Record<string, string>;
  /** Exact formatted total of the day. */
  totalText: string;
}

/** Lists the layers of the bar stack: activities with usage in `metric`, in catalog order from the bottom. */
export function toDailySeries(daily: readonly DailyUsage[], metric: UsageMetric): ChartSeries[] {
  const used = new Set(daily.filter((row) => metricValue(row, metric) > 0).map((row) => row.activity));
  return [...used]
    .sort(compareActivities)
    .map((activity) => ({ key: activity, label: activityLabel(activity), color: activityColor(activity) }));
}

/**
 * Turns daily rows into one bar per day in `days` (every local day of the period), so days without
 * usage still take their place on the axis. Each bar has a value for every activity (0 when unused).
 */
export function toDailyBars(daily: readonly DailyUsage[], days: readonly string[], metric: UsageMetric): DailyBar[] {
  const activities = toDailySeries(daily, metric).map((series) => series.key);
  const rowsByDay = new Map<string, DailyUsage[]>();
  for (const row of daily) rowsByDay.set(row.day, [...(rowsByDay.get(row.day) ?? []), row]);

  return days.map((day) => {
    const values: Record<string, number> = Object.fromEntries(activities.map((activity) => [activity, 0]));
    const valueTexts: Record<string, string> = {};
    let calls = 0;
    let microCredits = 0n;
    for (const row of rowsByDay.get(day) ?? []) {
      calls += row.calls;
      microCredits += toMicroCredits(row.credits);
      if (metricValue(row, metric) <= 0) continue;
      // The rollup has one row per day and activity, so assigning does not drop a value.
      values[row.activity] = metricValue(row, metric);
      valueTexts[row.activity] = metricText(row, metric);
    }
    const totalText = metric === "calls" ? formatCalls(calls) : formatCredits(fromMicroCredits(microCredits));
    return { x: String(Number(day.slice(8))), day, values, valueTexts, totalText };
  });
}
