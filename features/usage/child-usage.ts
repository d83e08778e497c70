import { toMicroCredits, type ChildUsageCard } from "@/lib/usage/summary";
import { toActivitySlices, type ActivitySlice } from "./activity-slices";
import { formatCalls, formatCredits, formatShare } from "./format";

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

/** A row of the child usage table; texts and the share are computed on the server. */
export interface ChildUsageRow {
  orgId: string;
  orgName: string;
  status: ChildUsageCard["status"];
  totals: { calls: number; credits: string };
  creditsText: string;
  callsText: string;
  /** Share of the children's credits, 0 to 1, for the bar only. */
  share: number;
  shareText: string;
}

/** Shapes child usage for the table; shares are of the sum of all children's credits. */
export function toChildUsageRows(children: readonly ChildUsageCard[]): ChildUsageRow[] {
  const totalMicro = children.reduce((sum, child) => sum + toMicroCredits(child.totals.credits), 0n);
  return children.map((child) => {
    const share = totalMicro > 0n ? Number((toMicroCredits(child.totals.credits) * 10_000n) / totalMicro) / 10_000 : 0;
    return {
      orgId: child.orgId,
      orgName: child.orgName,
      status: child.status,
      totals: child.totals,
      creditsText: formatCredits(child.totals.credits),
      callsText: formatCalls(child.totals.calls),
      share,
      shareText: formatShare(share),
    };
  });
}
