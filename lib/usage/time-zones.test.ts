import { describe, expect, it } from "vitest";
import { offsetAt, resolveTimeZone, startOfLocalDay } from "./time-zones";
import { bucketsOf } from "./usage-range";

const HOUR_MS = 3_600_000;

describe("time zones", () => {
  it("resolves names and rejects unknown ones", () => {
    expect(resolveTimeZone(undefined)).toBe("UTC");
    expect(resolveTimeZone("america/los_angeles")).toBe("America/Los_Angeles");
    expect(resolveTimeZone("Asia/Kolkata")).toBe("Asia/Kolkata");
    expect(() => resolveTimeZone("Mars/Olympus")).toThrow(/unknown time zone/);
  });

  it("finds local midnight across offsets", () => {
    expect(new Date(startOfLocalDay({ year: 2026, month: 3, day: 1 }, "America/Los_Angeles")).toISOString()).toBe("2026-03-01T08:00:00.000Z");
    expect(new Date(startOfLocalDay({ year: 2026, month: 7, day: 1 }, "America/Los_Angeles")).toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(new Date(startOfLocalDay({ year: 2026, month: 3, day: 11 }, "Asia/Kolkata")).toISOString()).toBe("2026-03-10T18:30:00.000Z");
    expect(new Date(startOfLocalDay({ year: 2026, month: 3, day: 1 }, "Asia/Kathmandu")).toISOString()).toBe("2026-02-28T18:15:00.000Z");
  });

  it("starts a day whose midnight is skipped at the change", () => {
    // Chile moves from UTC-4 to UTC-3 at local midnight on 6 September 2026, so the day starts at 01:00.
    const start = startOfLocalDay({ year: 2026, month: 9, day: 6 }, "America/Santiago");
    expect(new Date(start).toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(offsetAt(start, "America/Santiago")).toBe(-3 * HOUR_MS);
  });

  it("gives a 23-hour bucket on the spring change", () => {
    const from = startOfLocalDay({ year: 2026, month: 3, day: 8 }, "America/Los_Angeles");
    const to = startOfLocalDay({ year: 2026, month: 3, day: 10 }, "America/Los_Angeles");
    const buckets = bucketsOf(from, to, "day", "America/Los_Angeles");
    expect(buckets.map((bucket) => bucket.period)).toEqual(["2026-03-08", "2026-03-09"]);
    expect(buckets.map((bucket) => (bucket.end.getTime() - bucket.start.getTime()) / HOUR_MS)).toEqual([23, 24]);
  });

  it("splits months at local month starts", () => {
    const buckets = bucketsOf(Date.parse("2026-01-15T00:00:00Z"), Date.parse("2026-03-01T00:00:00Z"), "month", "UTC");
    expect(buckets.map((bucket) => [bucket.period, bucket.start.toISOString()])).toEqual([
      ["2026-01", "2026-01-15T00:00:00.000Z"],
      ["2026-02", "2026-02-01T00:00:00.000Z"],
    ]);
  });
});
