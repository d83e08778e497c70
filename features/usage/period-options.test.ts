import { describe, expect, test } from "vitest";
import { periodOptions, shiftMonth } from "./period-options";

const NOW = new Date("2026-12-04T20:00:00Z");

describe("periodOptions", () => {
  test("lists twelve months, newest first", () => {
    const options = periodOptions("2026-12", NOW);
    expect(options).toHaveLength(12);
    expect(options[0]).toEqual({ month: "2026-12", label: "December 2026" });
    expect(options.at(-1)).toEqual({ month: "2026-01", label: "January 2026" });
  });

  test("adds an older selected month at the end", () => {
    const options = periodOptions("2024-05", NOW);
    expect(options).toHaveLength(13);
    expect(options.at(-1)?.month).toBe("2024-05");
  });

  test("adds a future selected month first", () => {
    const options = periodOptions("2027-03", NOW);
    expect(options[0]?.month).toBe("2027-03");
  });
});

describe("shiftMonth", () => {
  test.each([
    ["2026-12", 1, "2027-01"],
    ["2026-01", -1, "2025-12"],
    ["2026-06", 0, "2026-06"],
    ["2026-03", -14, "2025-01"],
  ])("%s shifted by %i is %s", (month, offset, expected) => {
    expect(shiftMonth(month, offset)).toBe(expected);
  });
});
