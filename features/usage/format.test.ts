import { describe, expect, test } from "vitest";
import {
  formatCalls,
  formatCompact,
  formatCredits,
  formatDay,
  formatMonth,
  formatPeriodRange,
  formatShare,
  formatShortDay,
} from "./format";

describe("formatCredits", () => {
  test.each([
    ["0", "0.00"],
    ["5", "5.00"],
    ["12.5", "12.50"],
    ["1234567.123456", "1,234,567.123456"],
    ["1000", "1,000.00"],
    ["0.000001", "0.000001"],
    ["-1234.5", "-1,234.50"],
  ])("formats %s as %s", (input, expected) => {
    expect(formatCredits(input)).toBe(expected);
  });

  test("keeps digits beyond float precision", () => {
    expect(formatCredits("90071992547409931.000001")).toBe("90,071,992,547,409,931.000001");
  });
});

describe("number formatting", () => {
  test("calls get thousands separators", () => {
    expect(formatCalls(1234567)).toBe("1,234,567");
    expect(formatCalls(0)).toBe("0");
  });

  test("compact ticks", () => {
    expect(formatCompact(950)).toBe("950");
    expect(formatCompact(1250)).toBe("1.3K");
  });

  test("shares round to whole percent", () => {
    expect(formatShare(0)).toBe("0%");
    expect(formatShare(0.004)).toBe("<1%");
    expect(formatShare(0.456)).toBe("46%");
    expect(formatShare(1)).toBe("100%");
  });
});

describe("date formatting", () => {
  test("period range names UTC", () => {
    expect(formatPeriodRange("2026-12-01", "2026-12-31")).toBe("1 Dec – 31 Dec 2026, UTC");
    expect(formatPeriodRange("2028-02-01", "2028-02-29")).toBe("1 Feb – 29 Feb 2028, UTC");
  });

  test("month name", () => {
    expect(formatMonth("2026-12")).toBe("December 2026");
    expect(formatMonth("2027-01")).toBe("January 2027");
  });

  test("day with weekday", () => {
    expect(formatDay("2026-12-03")).toBe("Thu 3 Dec 2026");
  });
});

describe("formatShortDay", () => {
  test("day and month", () => {
    expect(formatShortDay("2026-12-31")).toBe("31 Dec");
    expect(formatShortDay("2028-02-29")).toBe("29 Feb");
  });
});
