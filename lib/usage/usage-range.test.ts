import { describe, expect, it } from "vitest";
import { parseUsageRange } from "./usage-range";

const now = new Date("2026-03-15T12:00:00Z");

describe("parseUsageRange", () => {
  it("reads dates as local midnights in tz", () => {
    const range = parseUsageRange({ from: "2026-03-01", to: "2026-04-01", tz: "America/Los_Angeles" }, now);
    expect(range.from.toISOString()).toBe("2026-03-01T08:00:00.000Z");
    expect(range.to.toISOString()).toBe("2026-04-01T07:00:00.000Z");
  });

  it.each([
    ["a year read as 1900", { from: "0000-01-01", to: "0000-02-01" }, "from: the year must be between 1970 and 9998"],
    ["a year past 9998", { from: "9999-12-01", to: "9999-12-31" }, "from: the year must be between 1970 and 9998"],
  ])("rejects %s", (_label, query, message) => {
    expect(() => parseUsageRange(query, now)).toThrow(message);
  });
});
