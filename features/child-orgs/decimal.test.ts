import { describe, expect, it } from "vitest";
import { compareDecimals, formatDecimal } from "./decimal";

describe("formatDecimal", () => {
  it.each([
    ["0", "0"],
    ["12", "12"],
    ["999", "999"],
    ["1000", "1,000"],
    ["1234567.5", "1,234,567.5"],
    ["12345678901234567890.123456", "12,345,678,901,234,567,890.123456"],
    ["-1234.25", "-1,234.25"],
    ["0.000001", "0.000001"],
    ["000123", "123"],
  ])("formats %s as %s", (input, expected) => {
    expect(formatDecimal(input)).toBe(expected);
  });

  it("keeps digits beyond float precision", () => {
    expect(formatDecimal("9007199254740993.1")).toBe("9,007,199,254,740,993.1");
  });
});

describe("compareDecimals", () => {
  it.each([
    ["2", "10", -1],
    ["10", "2", 1],
    ["1.5", "1.25", 1],
    ["1.50", "1.5", 0],
    ["0", "-0", 0],
    ["-3", "2", -1],
    ["-3", "-2", -1],
    ["9007199254740993", "9007199254740992", 1],
  ])("compares %s with %s", (a, b, sign) => {
    expect(Math.sign(compareDecimals(a, b))).toBe(sign);
  });
});
