import { toMicroCredits, type ChildUsageCard } from "@/lib/usage/summary";
import { toActivitySlices, type ActivitySlice } from "./activity-slices";
import { formatCalls, formatCredits } from "./format";

/** A child org's usage card as the grid draws it. */
export interface ChildUsageSummary {
  orgId: string;
  orgName: string;
  status: ChildUsageCard["status"];
  callsText: string;
  creditsText: string;
  /** Slices by credits, the unit the child is billed in. */
  slices: ActivitySlice[];
}

/** Orders child cards by credits, largest first, then by calls and by name, comparing exact decimals. */
export function compareChildUsage(a: ChildUsageCard, b: ChildUsageCard): number {
  const creditsA = toMicroCredits(a.totals.credits);
  const creditsB = toMicroCredits(b.totals.credits);
  if (creditsA !== creditsB) return creditsA > creditsB ? -1 : 1;
  return b.totals.calls - a.totals.calls || a.orgName.localeCompare(b.orgName);
}

export function toChildUsageSummaries(cards: readonly ChildUsageCard[]): ChildUsageSummary[] {
  return [...cards].sort(compareChildUsage).map((card) => ({
    orgId: card.orgId,
    orgName: card.orgName,
    status: card.status,
    callsText: formatCalls(card.totals.calls),
    creditsText: formatCredits(card.totals.credits),
    slices: toActivitySlices(card.byActivity, "credits"),
  }));
}
