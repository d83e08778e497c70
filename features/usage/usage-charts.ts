import type { ChartSeries } from "@/components/charts/types";
import type { UsagePeriodView } from "@/lib/usage/period-view";
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

export type UsageChartInput = Pick<UsagePeriodView, "totals" | "byActivity" | "days" | "daily">;

/** Shapes one period's usage for both metrics, so switching metric needs no request. */
export function toUsageCharts(view: UsageChartInput): UsageCharts {
  const chartSet = (metric: UsageMetric): UsageChartSet => ({
    slices: toActivitySlices(view.byActivity, metric),
    series: toDailySeries(view.daily, metric),
    bars: toDailyBars(view.daily, view.days, metric),
    totalText: metricText(view.totals, metric),
  });
  return Object.fromEntries(USAGE_METRICS.map((metric) => [metric, chartSet(metric)])) as UsageCharts;
}
