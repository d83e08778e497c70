"use client";

import { useState } from "react";
import { DonutChart } from "@/components/charts/donut-chart";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { Card } from "@/components/ui/card";
import { ActivityLegend } from "./activity-legend";
import { DailyUsageTooltip } from "./daily-usage-tooltip";
import { formatCompact } from "./format";
import { MetricToggle } from "./metric-toggle";
import type { UsageCharts } from "./usage-charts";
import { USAGE_METRIC_LABELS, type UsageMetric } from "./usage-metric";

/** Shows the period's usage per activity as a donut with its legend and as daily stacked bars of local days in `tz`. */
export function UsageByActivityCard({ charts, scope, tz }: { charts: UsageCharts; scope: string; tz: string }) {
  const [metric, setMetric] = useState<UsageMetric>("calls");
  const chartSet = charts[metric];
  const unit = USAGE_METRIC_LABELS[metric].toLowerCase();

  return (
    <Card
      title="Usage by activity"
      description={scope}
      actions={<MetricToggle value={metric} onChange={setMetric} />}
    >
      <div className="@container">
        <div className="grid gap-8 @3xl:grid-cols-[minmax(0,17rem)_minmax(0,1fr)]">
          <div className="flex flex-col items-center gap-5 @xl:flex-row @xl:justify-center @xl:gap-10 @3xl:flex-col @3xl:gap-5">
            <DonutChart
              slices={chartSet.slices}
              label="Usage by activity"
              size={200}
              center={
                <>
                  <span className="text-lg font-semibold tabular-nums text-slate-900">{chartSet.totalText}</span>
                  <span className="text-xs text-slate-500">{unit}</span>
                </>
              }
            />
            <div className="w-full max-w-xs">
              <ActivityLegend slices={chartSet.slices} />
            </div>
          </div>
          <div className="min-w-0">
            <h3 className="mb-3 text-sm font-medium text-slate-700">
              Daily {unit} <span className="font-normal text-slate-500">(days in {tz.replaceAll("_", " ")})</span>
            </h3>
            <StackedBarChart
              data={chartSet.bars}
              series={chartSet.series}
              label="Daily usage"
              height={340}
              formatTick={formatCompact}
              renderTooltip={(bar) => <DailyUsageTooltip bar={bar} series={chartSet.series} tz={tz} />}
            />
          </div>
        </div>
      </div>
    </Card>
  );
}
