import { describe, expect, test } from "vitest";
import { ACTIVITY_COLORS } from "./activity-colors";
import { toDailyBars, toDailySeries } from "./daily-bars";

/** Every day of February 2028, a leap month, as the period view lists them in UTC. */
const FEBRUARY = Array.from({ length: 29 }, (_, index) => `2028-02-${String(index + 1).padStart(2, "0")}`);
const DAILY = [
  { day: "2028-02-03", activity: "speech", calls: 4, credits: "5" },
  { day: "2028-02-03", activity: "script", calls: 10, credits: "1.000001" },
  { day: "2028-02-03", activity: "webhooks", calls: 2, credits: "0" },
  { day: "2028-02-29", activity: "mastering", calls: 1, credits: "2.1" },
];

describe("toDailySeries", () => {
  test("calls: used activities in catalog order", () => {
    const series = toDailySeries(DAILY, "calls");
    expect(series.map((entry) => entry.key)).toEqual(["script", "speech", "mastering", "webhooks"]);
    expect(series[0]).toEqual({ key: "script", label: "Script", color: ACTIVITY_COLORS.script });
  });

  test("credits: leaves out activities without credits", () => {
    expect(toDailySeries(DAILY, "credits").map((entry) => entry.key)).toEqual(["script", "speech", "mastering"]);
  });
});

describe("toDailyBars", () => {
  test("has a bar for every day", () => {
    const bars = toDailyBars(DAILY, FEBRUARY, "calls");
    expect(bars).toHaveLength(29);
    expect(bars.map((bar) => bar.x).slice(0, 3)).toEqual(["1", "2", "3"]);
  });

  test("empty days have zeros for every series", () => {
    const bars = toDailyBars(DAILY, FEBRUARY, "credits");
    expect(bars[0]?.values).toEqual({ script: 0, speech: 0, mastering: 0 });
    expect(bars[0]?.valueTexts).toEqual({});
    expect(bars[0]?.totalText).toBe("0.00");
  });

  test("calls per activity and total", () => {
    const third = toDailyBars(DAILY, FEBRUARY, "calls")[2];
    expect(third?.day).toBe("2028-02-03");
    expect(third?.values).toEqual({ script: 10, speech: 4, mastering: 0, webhooks: 2 });
    expect(third?.totalText).toBe("16");
  });

  test("credit totals stay exact", () => {
    const third = toDailyBars(DAILY, FEBRUARY, "credits")[2];
    expect(third?.valueTexts).toEqual({ script: "1.000001", speech: "5.00" });
    expect(third?.totalText).toBe("6.000001");
  });

  test("rows outside the period are ignored", () => {
    const bars = toDailyBars([{ day: "2028-03-01", activity: "speech", calls: 9, credits: "9" }], FEBRUARY, "calls");
    expect(bars).toHaveLength(29);
    expect(bars.every((bar) => bar.totalText === "0")).toBe(true);
  });

  test("no usage gives empty stacks", () => {
    const bars = toDailyBars([], ["2026-06-01", "2026-06-02"], "calls");
    expect(bars).toHaveLength(2);
    expect(bars[0]?.values).toEqual({});
  });

  test("local days may start in the previous month", () => {
    // December 2026 in Los Angeles starts at 16:00 on 30 November, local time.
    const days = ["2026-11-30", "2026-12-01"];
    const bars = toDailyBars([{ day: "2026-11-30", activity: "speech", calls: 3, credits: "1.5" }], days, "calls");
    expect(bars.map((bar) => bar.x)).toEqual(["30", "1"]);
    expect(bars[0]?.totalText).toBe("3");
  });
});
