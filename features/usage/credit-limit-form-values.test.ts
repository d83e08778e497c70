import { describe, expect, test } from "vitest";
import { formFieldOf, lowersBelowUsed, toCreditLimitRequest } from "./credit-limit-form-values";

describe("toCreditLimitRequest", () => {
  test("parses thresholds and trims credits", () => {
    expect(toCreditLimitRequest({ monthlyCredits: " 250.5 ", atLimit: "block", alertThresholds: "80, 100" })).toEqual({
      request: { monthlyCredits: "250.5", atLimit: "block", alertThresholds: [80, 100] },
    });
  });

  test("empty credits means no limit", () => {
    const result = toCreditLimitRequest({ monthlyCredits: "", atLimit: "overage", alertThresholds: "" });
    expect(result).toEqual({ request: { monthlyCredits: null, atLimit: "overage", alertThresholds: [] } });
  });

  test("accepts spaces and percent signs", () => {
    const result = toCreditLimitRequest({ monthlyCredits: "1", atLimit: "block", alertThresholds: "50% 80%;100" });
    expect(result).toEqual({ request: { monthlyCredits: "1", atLimit: "block", alertThresholds: [50, 80, 100] } });
  });

  test.each(["80, abc", "80.5", "-10"])("rejects threshold text %s", (text) => {
    const result = toCreditLimitRequest({ monthlyCredits: "1", atLimit: "block", alertThresholds: text });
    expect("errors" in result).toBe(true);
    if ("errors" in result) expect(result.errors.alertThresholds).toMatch(/is not a whole number/);
  });

  test("leaves credit rules to the server", () => {
    const result = toCreditLimitRequest({ monthlyCredits: "12abc", atLimit: "block", alertThresholds: "" });
    expect(result).toEqual({ request: { monthlyCredits: "12abc", atLimit: "block", alertThresholds: [] } });
  });
});

describe("formFieldOf", () => {
  test.each([
    ["monthlyCredits", "monthlyCredits"],
    ["alertThresholds.0", "alertThresholds"],
    ["atLimit", "atLimit"],
    ["other", undefined],
    [undefined, undefined],
  ])("%s", (field, expected) => {
    expect(formFieldOf(field)).toBe(expected);
  });
});

describe("lowersBelowUsed", () => {
  test("new limit below use and below the old limit", () => {
    expect(lowersBelowUsed("100", "500", "120.5")).toBe(true);
  });

  test("first limit below use", () => {
    expect(lowersBelowUsed("100", null, "120.5")).toBe(true);
  });

  test("limit at or above use", () => {
    expect(lowersBelowUsed("120.5", "500", "120.5")).toBe(false);
    expect(lowersBelowUsed("200", "500", "120.5")).toBe(false);
  });

  test("raising a limit that is already below use", () => {
    expect(lowersBelowUsed("110", "100", "120.5")).toBe(false);
  });

  test("no limit or invalid text", () => {
    expect(lowersBelowUsed(null, "100", "120.5")).toBe(false);
    expect(lowersBelowUsed("1e3", null, "120.5")).toBe(false);
  });

  test("exact beyond float precision", () => {
    expect(lowersBelowUsed("9007199254740993.000001", null, "9007199254740993.000002")).toBe(true);
  });
});
