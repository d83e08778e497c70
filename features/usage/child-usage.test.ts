import { describe, expect, test } from "vitest";
import type { ChildUsageCard } from "@/lib/usage/summary";
import { toChildUsageSummaries } from "./child-usage";

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
