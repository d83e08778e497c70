import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { billingPeriod } from "@/lib/usage/period";
import { ChildUsageSection } from "./child-usage-section";
import { CreditAlertsList } from "./credit-alerts-list";
import { CreditLimitSummary } from "./credit-limit-summary";
import { formatMonth, formatPeriodRange } from "./format";
import type { UsagePageState } from "./load-usage";
import { periodOptions, shiftMonth } from "./period-options";
import { PeriodPicker } from "./period-picker";
import { TimeZonePicker } from "./time-zone-picker";
import { UsageByActivityCard } from "./usage-by-activity-card";
import { UsageNotice } from "./usage-notice";
import { UsageTotals } from "./usage-totals";
import { timeZoneOptions, usageHref } from "./usage-url";

export interface UsageViewOrg {
  id: string;
  name: string;
  canHaveChildren: boolean;
  /** True for a child org, whose parent org sets its credit limit. */
  hasParent: boolean;
  /** The role the viewer acts with, named in permission messages. */
  role: string;
}

/**
 * Renders the usage page of the acting org for one billing period, in each state the loader returns.
 * `tzFromUrl` is false when the link has no `tz` yet, so the client fills in the browser's zone.
 */
export function UsageView({ org, state, tzFromUrl }: { org: UsageViewOrg; state: UsagePageState; tzFromUrl: boolean }) {
  const current = billingPeriod();
  const period = state.kind === "ready" ? state.period : { ...current, isCurrent: true };
  const tz = state.kind === "ready" ? state.tz : "UTC";
  const scope = org.canHaveChildren ? `${org.name} and all of its child orgs` : org.name;
  const usagePath = `/orgs/${org.id}/usage`;
  const actions = (
    <div className="flex flex-wrap items-center gap-2">
      <PeriodPicker
        value={period.month}
        options={periodOptions(period.month)}
        previousMonth={shiftMonth(period.month, -1)}
        nextMonth={period.month < current.month ? shiftMonth(period.month, 1) : null}
        tz={state.kind === "ready" && tzFromUrl ? tz : undefined}
      />
      {state.kind === "ready" && (
        <>
          <TimeZonePicker value={tz} options={timeZoneOptions(tz)} period={period.month} fromUrl={tzFromUrl} />
          <a
            href={usageHref(`${usagePath}/export`, { period: period.month, tz })}
            download
            className={`${buttonClasses("secondary", "sm")} h-8`}
            title="Calls and credits per org, day and activity, with dates in the chosen time zone"
          >
            Download CSV
          </a>
        </>
      )}
    </div>
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
        actions={state.kind === "forbidden" ? undefined : actions}
      />
      <div className="space-y-6">
        {state.kind === "forbidden" && (
          <UsageNotice title={`You cannot view the usage of ${org.name}.`} message={state.message} role={org.role} />
        )}
        {state.kind === "invalidPeriod" && (
          <EmptyState
            title="This billing period does not exist"
            description={`The link asks for the period "${state.requested.slice(0, 40)}", but a period is a month written as YYYY-MM, for example ${current.month}. Pick a period above or open the current one.`}
            action={<Link href={usagePath} className={buttonClasses("secondary")}>Show {formatMonth(current.month)}</Link>}
          />
        )}
        {state.kind === "invalidTimeZone" && (
          <EmptyState
            title="This time zone is not known"
            description={`The link asks for the time zone "${state.requested.slice(0, 64)}". Use an IANA name such as Europe/Berlin or America/New_York, or open the page in your browser's time zone.`}
            action={<Link href={usagePath} className={buttonClasses("secondary")}>Use my time zone</Link>}
          />
        )}
        {state.kind === "ready" && (
          <>
            <UsageTotals charts={state.charts} childUsage={state.childUsage} />
            <div className="grid gap-6 @5xl:grid-cols-5">
              <CreditLimitSummary
                className="min-w-0 @5xl:col-span-2"
                orgName={org.name}
                hasParent={org.hasParent}
                period={period}
                usedCredits={state.usedCredits}
                creditLimit={state.creditLimit}
                projectedCredits={state.projectedCredits}
              />
              <Card
                className="min-w-0 @5xl:col-span-3"
                title="Credit alerts"
                description={`Alert thresholds crossed in ${formatMonth(period.month)}${state.childUsage?.kind === "ready" ? ", by this org and its child orgs" : ""}.`}
              >
                <CreditAlertsList
                  alerts={state.alerts}
                  actingOrgId={state.childUsage?.kind === "ready" ? org.id : undefined}
                  emptyText={`No alert fired in ${formatMonth(period.month)}. An alert fires when an org with a credit limit crosses one of its alert thresholds.`}
                />
              </Card>
            </div>
            {state.hasUsage ? (
              <UsageByActivityCard charts={state.charts} scope={`Per activity in ${formatMonth(period.month)}.`} tz={tz} />
            ) : (
              <EmptyState
                title={`No usage in ${formatMonth(period.month)}`}
                description={`Usage appears here when the API is called with an API key of ${org.name}${org.canHaveChildren ? " or of one of its child orgs" : ""}. Each call is counted under its activity, in calls and in production credits.`}
                action={
                  period.month !== current.month ? (
                    <Link href={usageHref(usagePath, { tz })} className={buttonClasses("secondary")}>Show {formatMonth(current.month)}</Link>
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
