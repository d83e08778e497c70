import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { billingPeriod } from "@/lib/usage/period";
import { ChildUsageSection } from "./child-usage-section";
import { formatMonth, formatPeriodRange } from "./format";
import type { UsagePageState } from "./load-usage";
import { periodOptions, shiftMonth } from "./period-options";
import { PeriodPicker } from "./period-picker";
import { UsageByActivityCard } from "./usage-by-activity-card";
import { UsageNotice } from "./usage-notice";
import { UsageTotals } from "./usage-totals";

export interface UsageViewOrg {
  id: string;
  name: string;
  canHaveChildren: boolean;
  /** The role the viewer acts with, named in permission messages. */
  role: string;
}

/** Renders the usage page of the acting org for one billing period, in each state the loader returns. */
export function UsageView({ org, state }: { org: UsageViewOrg; state: UsagePageState }) {
  const current = billingPeriod();
  const period = state.kind === "ready" ? state.period : current;
  const scope = org.canHaveChildren ? `${org.name} and all of its child orgs` : org.name;
  const picker = (
    <PeriodPicker
      value={period.month}
      options={periodOptions(period.month)}
      previousMonth={shiftMonth(period.month, -1)}
      nextMonth={period.month < current.month ? shiftMonth(period.month, 1) : null}
    />
  );

  return (
    <div className="@container">
      <PageHeader
        title="Usage"
        description={
          state.kind === "ready" ? (
            <>
              <span className="font-medium text-slate-700">{formatPeriodRange(period.firstDay, period.lastDay)}</span>
              <span className="mx-1.5 text-slate-300" aria-hidden>·</span>
              {scope}
            </>
          ) : (
            `Calls and production credits of ${scope}, per billing period.`
          )
        }
        actions={state.kind === "forbidden" ? undefined : picker}
      />
      <div className="space-y-6">
        {state.kind === "forbidden" && (
          <UsageNotice title={`You cannot view the usage of ${org.name}.`} message={state.message} role={org.role} />
        )}
        {state.kind === "invalidPeriod" && (
          <EmptyState
            title="This billing period does not exist"
            description={`The link asks for the period "${state.requested.slice(0, 40)}", but a period is a month written as YYYY-MM, for example ${current.month}. Pick a period above or open the current one.`}
            action={<Link href={`/orgs/${org.id}/usage`} className={buttonClasses("secondary")}>Show {formatMonth(current.month)}</Link>}
          />
        )}
        {state.kind === "ready" && (
          <>
            <UsageTotals charts={state.charts} childUsage={state.childUsage} />
            {state.hasUsage ? (
              <UsageByActivityCard charts={state.charts} scope={`Per activity in ${formatMonth(period.month)}.`} />
            ) : (
              <EmptyState
                title={`No usage in ${formatMonth(period.month)}`}
                description={`Usage appears here when the API is called with an API key of ${org.name}${org.canHaveChildren ? " or of one of its child orgs" : ""}. Each call is counted under its activity, in calls and in production credits.`}
                action={
                  period.month !== current.month ? (
                    <Link href={`/orgs/${org.id}/usage`} className={buttonClasses("secondary")}>Show {formatMonth(current.month)}</Link>
                  ) : undefined
                }
              />
            )}
            {state.childUsage && (
              <ChildUsageSection state={state.childUsage} orgId={org.id} monthLabel={formatMonth(period.month)} role={org.role} />
            )}
          </>
        )}
      </div>
    </div>
  );
}
