import type { DonutSlice } from "@/components/charts/types";
import type { ActivityUsage } from "@/lib/usage/summary";
import { activityColor, activityLabel, compareActivities } from "./activity-colors";
import { metricText, metricValue, type UsageMetric } from "./usage-metric";

export interface ActivitySlice extends DonutSlice {
  /** Share of the total between 0 and 1, from float values: for display, not for billing. */
  share: number;
}

/**
 * Turns per-activity usage into donut slices for one metric: activities without usage in that
 * metric are left out, and the largest slice comes first (ties in catalog order).
 */
export function toActivitySlices(byActivity: readonly ActivityUsage[], metric: UsageMetric): ActivitySlice[] {
  const used = byActivity.filter((usage) => metricValue(usage, metric) > 0);
  const total = used.reduce((sum, usage) => sum + metricValue(usage, metric), 0);
  return used
    .map((usage) => {
      const value = metricValue(usage, metric);
      return {
        key: usage.activity,
        label: activityLabel(usage.activity),
        color: activityColor(usage.activity),
        value,
        valueText: metricText(usage, metric),
        share: total > 0 ? value / total : 0,
      };
    })
    .sort((a, b) => b.value - a.value || compareActivities(a.key, b.key));
}
