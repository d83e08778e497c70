import { ChartTooltipFrame, ChartTooltipRow } from "@/components/charts/chart-tooltip";
import type { ChartSeries } from "@/components/charts/types";
import type { DailyBar } from "./daily-bars";
import { formatDay } from "./format";

/** Lists the exact values of one local day in `tz`, top to bottom in the order the bar stacks them. */
export function DailyUsageTooltip({ bar, series, tz }: { bar: DailyBar; series: readonly ChartSeries[]; tz: string }) {
  const used = [...series].reverse().filter((entry) => bar.valueTexts[entry.key] !== undefined);
  return (
    <ChartTooltipFrame title={`${formatDay(bar.day)}, ${tz.replaceAll("_", " ")}`}>
      {used.length === 0 ? (
        <ChartTooltipRow label="No usage" value="" />
      ) : (
        <>
          {used.map((entry) => (
            <ChartTooltipRow key={entry.key} color={entry.color} label={entry.label} value={bar.valueTexts[entry.key]} />
          ))}
          <ChartTooltipRow label="Total" value={bar.totalText} strong />
        </>
      )}
    </ChartTooltipFrame>
  );
}
