import { text } from "node:stream/consumers";
import { describe, expect, test } from "vitest";
import type { UsageReportRow } from "@/lib/usage/report";
import { toUsageCsvRecords, usageCsvFileName, usageCsvStream } from "./usage-csv";

const ORG_ID = "0b4f6a52-3c1e-4f3e-9a59-1d2e3f4a5b6c";

function row(orgName: string, overrides: Partial<UsageReportRow> = {}): UsageReportRow {
  return { period: "2026-12-01", orgId: ORG_ID, orgName, activity: "speech", calls: 3, credits: "1.000001", ...overrides };
}

async function csvOf(rows: UsageReportRow[]): Promise<string[]> {
  return (await text(usageCsvStream({ rows }))).split("\r\n");
}

describe("toUsageCsvRecords", () => {
  test("keeps credits as exact strings", () => {
    const records = toUsageCsvRecords({ rows: [row("Northwind", { calls: 12, credits: "123456789012.123456" })] });
    expect(records).toEqual([["2026-12-01", ORG_ID, "Northwind", "speech", "12", "123456789012.123456"]]);
  });
});

describe("usageCsvStream", () => {
  test("writes the header first", async () => {
    const lines = await csvOf([row("Northwind")]);
    expect(lines[0]).toBe("date,org_id,org_name,activity,calls,credits");
    expect(lines[1]).toBe(`2026-12-01,${ORG_ID},Northwind,speech,3,1.000001`);
  });

  test("header only without usage", async () => {
    const lines = await csvOf([]);
    expect(lines[0]).toBe("date,org_id,org_name,activity,calls,credits");
    expect(lines.filter((line) => line !== "")).toHaveLength(1);
  });

  test("quotes commas and quotes", async () => {
    const lines = await csvOf([row('Acme, "Radio"')]);
    expect(lines[1]).toBe(`2026-12-01,${ORG_ID},"Acme, ""Radio""",speech,3,1.000001`);
  });

  test.each([
    ["=HYPERLINK(\"http://x\")", `"'=HYPERLINK(""http://x"")"`],
    ["+1 Radio", "'+1 Radio"],
    ["-2 Radio", "'-2 Radio"],
    ["@SUM(A1)", "'@SUM(A1)"],
  ])("escapes formula name %s", async (name, expected) => {
    const lines = await csvOf([row(name)]);
    expect(lines[1]).toBe(`2026-12-01,${ORG_ID},${expected},speech,3,1.000001`);
  });

  test("leaves names without a formula prefix alone", async () => {
    const lines = await csvOf([row("Radio = Sound")]);
    expect(lines[1]).toContain(",Radio = Sound,");
  });
});

describe("usageCsvFileName", () => {
  test("names period and zone", () => {
    expect(usageCsvFileName("2026-12", "America/Los_Angeles")).toBe("usage-2026-12-America_Los_Angeles.csv");
    expect(usageCsvFileName("2026-12", "UTC")).toBe("usage-2026-12-UTC.csv");
  });
});
