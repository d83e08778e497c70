import { describe, expect, test } from "vitest";
import { firstParam, timeZoneOptions, usageHref } from "./usage-url";

describe("usageHref", () => {
  test("keeps period and time zone", () => {
    expect(usageHref("/orgs/a/usage", { period: "2026-12", tz: "America/Los_Angeles" })).toBe(
      "/orgs/a/usage?period=2026-12&tz=America%2FLos_Angeles",
    );
  });

  test("leaves out absent values", () => {
    expect(usageHref("/orgs/a/usage", { tz: "UTC" })).toBe("/orgs/a/usage?tz=UTC");
    expect(usageHref("/orgs/a/usage", {})).toBe("/orgs/a/usage");
  });
});

describe("firstParam", () => {
  test("takes the first of repeated values", () => {
    expect(firstParam(["2026-11", "2026-12"])).toBe("2026-11");
    expect(firstParam("2026-12")).toBe("2026-12");
    expect(firstParam(undefined)).toBeUndefined();
  });
});

describe("timeZoneOptions", () => {
  test("puts UTC first", () => {
    expect(timeZoneOptions("UTC", ["Europe/Berlin", "UTC", "America/New_York"])).toEqual(["UTC", "America/New_York", "Europe/Berlin"]);
  });

  test("adds an alias the runtime does not list", () => {
    expect(timeZoneOptions("Asia/Calcutta", ["Asia/Kolkata"])).toEqual(["UTC", "Asia/Calcutta", "Asia/Kolkata"]);
  });

  test("lists the runtime's zones by default", () => {
    expect(timeZoneOptions("UTC")).toContain("Europe/Berlin");
  });
});
