import { describe, expect, test } from "vitest";
import type { ChildUsageCard } from "@/lib/usage/summary";
import { toChildUsageRows, toChildUsageSummaries } from "./child-usage";

function card(orgName: string, credits: string, calls: number, status: ChildUsageCard["status"] = "active"): ChildUsageCard {
  return {
    orgId: `org_${orgName.toLowerCase()}`,
    orgName,
    status,
    totals: { calls, credits },
    byActivity: calls > 0 ? [{ activity: "speech", calls, credits }] : [],
  };
}

describe("toChildUsageSummaries", () => {
  test("sorts by credits, largest first", () => {
    const summaries = toChildUsageSummaries([card("Alpha", "10.5", 5), card("Beta", "200", 9), card("Gamma", "99.99", 50)]);
    expect(summaries.map((summary) => summary.orgName)).toEqual(["Beta", "Gamma", "Alpha"]);
  });

  test("compares credits exactly beyond float precision", () => {
    const summaries = toChildUsageSummaries([
      card("Low", "9007199254740993.000001", 1),
      card("High", "9007199254740993.000002", 1),
    ]);
    expect(summaries.map((summary) => summary.orgName)).toEqual(["High", "Low"]);
  });

  test("ties fall back to calls, then name", () => {
    const summaries = toChildUsageSummaries([card("Zed", "0", 0), card("Amy", "0", 0), card("Max", "0", 3)]);
    expect(summaries.map((summary) => summary.orgName)).toEqual(["Max", "Amy", "Zed"]);
  });

  test("formats totals and keeps status", () => {
    const [summary] = toChildUsageSummaries([card("Umbrella", "1234.5", 1200, "suspended")]);
    expect(summary?.creditsText).toBe("1,234.50");
    expect(summary?.callsText).toBe("1,200");
    expect(summary?.status).toBe("suspended");
    expect(summary?.slices.map((slice) => slice.key)).toEqual(["speech"]);
  });

  test("child without usage has no slices", () => {
    const [summary] = toChildUsageSummaries([card("Quiet", "0", 0)]);
    expect(summary?.slices).toEqual([]);
  });
});

describe("toChildUsageRows", () => {
  test("shares of the children's credits", () => {
    const rows = toChildUsageRows([card("Alpha", "75", 5), card("Beta", "25", 9), card("Gamma", "0", 0)]);
    expect(rows.map((row) => row.share)).toEqual([0.75, 0.25, 0]);
    expect(rows.map((row) => row.shareText)).toEqual(["75%", "25%", "0%"]);
  });

  test("exact texts", () => {
    const [row] = toChildUsageRows([card("Alpha", "1234567.000001", 12345)]);
    expect(row?.creditsText).toBe("1,234,567.000001");
    expect(row?.callsText).toBe("12,345");
  });

  test("no credits gives zero shares", () => {
    expect(toChildUsageRows([card("Alpha", "0", 0)])[0]?.share).toBe(0);
  });
});
