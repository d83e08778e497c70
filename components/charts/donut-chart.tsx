"use client";

import type { ReactNode } from "react";
import { Pie, PieChart, Tooltip } from "recharts";
import { ChartTooltipFrame, ChartTooltipRow } from "./chart-tooltip";
import type { DonutSlice } from "./types";

const EMPTY_RING = [{ key: "empty", value: 1, fill: "#e2e8f0" }];

/**
 * Draws a donut of `slices` at a fixed pixel size, with optional content in the hole. The
 * container is an image named `label` for assistive technology, so put the numbers in visible
 * text beside it. Without slices it draws a grey ring.
 */
export function DonutChart({ slices, label, size = 200, center }: {
  slices: readonly DonutSlice[];
  label: string;
  size?: number;
  center?: ReactNode;
}) {
  const empty = slices.length === 0;
  const data = empty ? EMPTY_RING : slices.map((slice) => ({ ...slice, fill: slice.color }));
  return (
    <div role="img" aria-label={label} className="relative shrink-0" style={{ width: size, height: size }}>
      <PieChart width={size} height={size} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
        <Pie
          data={data}
          dataKey="value"
          nameKey="label"
          innerRadius="64%"
          outerRadius="100%"
          startAngle={90}
          endAngle={-270}
          paddingAngle={slices.length > 1 ? 1 : 0}
          stroke="none"
          isAnimationActive={false}
        />
        {!empty && (
          <Tooltip
            isAnimationActive={false}
            allowEscapeViewBox={{ x: true, y: true }}
            wrapperStyle={{ zIndex: 20 }}
            content={({ active, payload }) => {
              const slice = payload?.[0]?.payload as DonutSlice | undefined;
              if (!active || !slice) return null;
              return (
                <ChartTooltipFrame>
                  <ChartTooltipRow color={slice.color} label={slice.label} value={slice.valueText} />
                </ChartTooltipFrame>
              );
            }}
          />
        )}
      </PieChart>
      {center && (
        <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-center">
          {center}
        </div>
      )}
    </div>
  );
}
