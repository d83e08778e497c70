import Link from "next/link";
import { DonutChart } from "@/components/charts/donut-chart";
import { Badge } from "@/components/ui/badge";
import { ActivityLegend } from "./activity-legend";
import type { ChildUsageSummary } from "./child-usage";

/** Shows one child org's usage in the period as a small card with a donut by credits, totals and status. */
export function ChildUsageCard({ card, parentOrgId }: { card: ChildUsageSummary; parentOrgId: string }) {
  const hasUsage = card.slices.length > 0;
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <Link
          href={`/orgs/${parentOrgId}/child-orgs/${card.orgId}`}
          className="min-w-0 truncate text-sm font-semibold text-slate-900 hover:text-brand-700 hover:underline"
          title={card.orgName}
        >
          {card.orgName}
        </Link>
        {card.status === "suspended" ? <Badge tone="red">Suspended</Badge> : <Badge tone="green">Active</Badge>}
      </div>
      <div className="mt-3 flex items-center gap-4">
        <DonutChart slices={card.slices} label={`Credits by activity of ${card.orgName}`} size={88} />
        <dl className="min-w-0 flex-1 space-y-1.5 text-sm">
          <div>
            <dt className="text-xs text-slate-500">Credits</dt>
            <dd className="font-semibold tabular-nums text-slate-900">{card.creditsText}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Calls</dt>
            <dd className="font-medium tabular-nums text-slate-700">{card.callsText}</dd>
          </div>
        </dl>
      </div>
      <div className="mt-3 border-t border-slate-100 pt-3">
        {hasUsage ? (
          <ActivityLegend slices={card.slices} limit={3} dense />
        ) : (
          <p className="text-xs text-slate-500">No usage in this period.</p>
        )}
      </div>
    </li>
  );
}
