import { describe, expect, it } from "vitest";
import { billingPeriod, recentPeriods } from "./period";
import { fromMicroCredits, sumByActivity, toMicroCredits } from "./summary";

describe("billingPeriod", () => {
  it("is the UTC calendar month, half-open", () => {
    const period = billingPeriod("2026-02");
    expect(period.start.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(period.end.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(period.firstDay).toBe("2026-02-01");
    expect(period.lastDay).toBe("2026-02-28");
  });

  it("defaults to the month containing now in UTC", () => {
    const period = billingPeriod(undefined, new Date("2026-12-31T23:59:59.999Z"));
    expect(period.month).toBe("2026-12");
    expect(billingPeriod(undefined, new Date("2027-01-01T00:00:00.000Z")).month).toBe("2027-01");
  });

  it.each(["2026-13", "2026-1", "26-01", "", "2026-01-01"])("rejects %j", (month) => {
    expect(() => billingPeriod(month)).toThrow(/period must be a month/);
  });

  it.each(["0099-01", "9999-12"])("rejects the year of %j", (month) => {
    expect(() => billingPeriod(month)).toThrow(/the year must be between 1970 and 9998/);
  });

  it("lists recent periods newest first across a year boundary", () => {
    const months = recentPeriods(3, new Date("2027-01-15T00:00:00Z")).map((period) => period.month);
    expect(months).toEqual(["2027-01", "2026-12", "2026-11"]);
  });
});

describe("credit arithmetic", () => {
  it("round-trips decimals exactly", () => {
    expect(fromMicroCredits(toMicroCredits("0.1") + toMicroCredits("0.2"))).toBe("0.3");
    expect(fromMicroCredits(toMicroCredits("12345678901.000001"))).toBe("12345678901.000001");
    expect(fromMicroCredits(toMicroCredits("3"))).toBe("3");
    expect(fromMicroCredits(toMicroCredits("-1.5"))).toBe("-1.5");
  });

  it("sums rows per activity, most calls first", () => {
    const rows = sumByActivity([
      { activity: "speech", calls: 2, credits: "0.1" },
      { activity: "script", calls: 5, credits: "1" },
      { activity: "speech", calls: 4, credits: "0.2" },
    ]);
    expect(rows).toEqual([
      { activity: "speech", calls: 6, credits: "0.3" },
      { activity: "script", calls: 5, credits: "1" },
    ]);
  });
});
