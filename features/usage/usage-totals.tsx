import type { ReactNode } from "react";
import type { ChildUsageState } from "./load-usage";
import { formatShare } from "./format";
import type { UsageCharts } from "./usage-charts";

function Stat({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 truncate text-xl font-semibold tabular-nums tracking-tight text-slate-900">{value}</dd>
      {detail && <dd className="mt-0.5 truncate text-xs text-slate-500">{detail}</dd>}
    </div>
  );
}

/** Shows the period's totals in calls and credits, its largest activity and, for a super org, how many child orgs used the API. */
export function UsageTotals({ charts, childUsage }: { charts: UsageCharts; childUsage: ChildUsageState | null }) {
  const top = charts.credits.slices[0];
  const children = childUsage?.kind === "ready" ? childUsage.cards : null;
  const childrenWithUsage = children?.filter((card) => card.slices.length > 0).length ?? 0;

  return (
    <dl className="grid grid-cols-2 gap-3 @3xl:grid-cols-4">
      <Stat label="Calls" value={charts.calls.totalText} />
      <Stat label="Production credits" value={charts.credits.totalText} />
      <Stat
        label="Top activity by credits"
        value={top ? top.label : "None"}
        detail={top ? `${top.valueText} credits, ${formatShare(top.share)}` : "No credits used"}
      />
      {children && (
        <Stat
          label="Child orgs with usage"
          value={`${childrenWithUsage} of ${children.length}`}
          detail={children.length === 0 ? "No child orgs yet" : undefined}
        />
      )}
    </dl>
  );
}
