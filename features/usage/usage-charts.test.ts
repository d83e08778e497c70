import { describe, expect, test } from "vitest";
import { toUsageCharts, type UsageChartInput } from "./usage-charts";

const OVERVIEW: UsageChartInput = {
  days: Array.from({ length: 30 }, (_, index) => `2026-11-${String(index + 1).padStart(2, "0")}`),
  totals: { calls: 7, credits: "8.35" },
  byActivity: [
    { activity: "speech", calls: 3, credits: "7.5" },
    { activity: "script", calls: 4, credits: "0.85" },
  ],
  daily: [
    { day: "2026-11-02", activity: "speech", calls: 3, credits: "7.5" },
    { day: "2026-11-02", activity: "script", calls: 4, credits: "0.85" },
  ],
};

describe("toUsageCharts", () => {
  test("builds both metrics", () => {
    const charts = toUsageCharts(OVERVIEW);
    expect(charts.calls.totalText).toBe("7");
    expect(charts.credits.totalText).toBe("8.35");
    expect(charts.calls.slices.map((slice) => slice.key)).toEqual(["script", "speech"]);
    expect(charts.credits.slices.map((slice) => slice.key)).toEqual(["speech", "script"]);
  });

  test("bars span the whole period", () => {
    const charts = toUsageCharts(OVERVIEW);
    expect(charts.calls.bars).toHaveLength(30);
    expect(charts.credits.bars[1]?.totalText).toBe("8.35");
  });

  test("result survives JSON", () => {
    const charts = toUsageCharts(OVERVIEW);
    expect(JSON.parse(JSON.stringify(charts))).toEqual(charts);
  });
});
