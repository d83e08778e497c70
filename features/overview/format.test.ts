import { describe, expect, it } from "vitest";
import { formatCredits, formatPeriod } from "./format";

describe("formatCredits", () => {
  it("groups thousands", () => {
    expect(formatCredits("1234567.5")).toBe("1,234,567.5");
    expect(formatCredits("999")).toBe("999");
  });

  it("keeps every decimal place", () => {
    expect(formatCredits("12000.000001")).toBe("12,000.000001");
  });

  it("keeps the sign", () => {
    expect(formatCredits("-1500.25")).toBe("-1,500.25");
  });
});

describe("formatPeriod", () => {
  it("names the month", () => {
    expect(formatPeriod("2025-06")).toBe("June 2025");
    expect(formatPeriod("2024-12")).toBe("December 2024");
  });
});
