import type { ChartSeries } from "@/components/charts/types";
import type { UsageOverview } from "@/lib/usage/summary";
import { toActivitySlices, type ActivitySlice } from "./activity-slices";
import { toDailyBars, toDailySeries, type DailyBar } from "./daily-bars";
import { metricText, USAGE_METRICS, type UsageMetric } from "./usage-metric";

/** Chart data of one metric, as plain data so that a server component can pass it to the client. */
export interface UsageChartSet {
  slices: ActivitySlice[];
  series: ChartSeries[];
  bars: DailyBar[];
  /** Exact formatted total of the period. */
  totalText: string;
}

export type UsageCharts = Record<UsageMetric, UsageChartSet>;

/** Shapes one period's usage for both metrics, so switching metric needs no request. */
export function toUsageCharts(overview: UsageOverview): UsageCharts {
  const chartSet = (metric: UsageMetric): UsageChartSet => ({
    slices: toActivitySlices(overview.byActivity, metric),
    series: toDailySeries(overview.daily, metric),
    bars: toDailyBars(overview.daily, overview.period, metric),
    totalText: metricText(overview.totals, metric),
  });
  return Object.fromEntries(USAGE_METRICS.map((metric) => [metric, chartSet(metric)])) as UsageCharts;
}
