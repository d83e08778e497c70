"use client";

import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartSeries, StackedBarDatum } from "./types";

const AXIS_TICK = { fontSize: 12, fill: "#64748b" };

/**
 * Draws one bar per datum, stacked by series, across the container's width. The container is an
 * image named `label`. `renderTooltip` draws the hovered datum, so it can show exact values.
 */
export function StackedBarChart<Datum extends StackedBarDatum>({
  data,
  series,
  label,
  height = 260,
  formatTick,
  renderTooltip,
}: {
  data: readonly Datum[];
  series: readonly ChartSeries[];
  label: string;
  height?: number;
  formatTick?: (value: number) => string;
  renderTooltip: (datum: Datum) => ReactNode;
}) {
  return (
    <div role="img" aria-label={label} className="w-full min-w-0" style={{ height }}>
      <BarChart
        data={[...data]}
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
        barCategoryGap="18%"
      >
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="x" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} interval="preserveStartEnd" minTickGap={6} />
        <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} tickFormatter={formatTick} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: "#f1f5f9" }}
          wrapperStyle={{ zIndex: 20 }}
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as Datum | undefined;
            return active && datum ? renderTooltip(datum) : null;
          }}
        />
        {series.map((entry) => (
          <Bar
            key={entry.key}
            dataKey={(datum: Datum) => datum.values[entry.key] ?? 0}
            name={entry.label}
            stackId="stack"
            fill={entry.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
