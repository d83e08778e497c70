import { Card } from "@/components/ui/card";
import type { UsagePeriodView } from "@/lib/usage/period-view";
import { atLimitText, describeProjection, thresholdsText, type CreditTone } from "./credit-progress";
import { CreditProgressBar } from "./credit-progress-bar";
import { formatCredits, formatMonth, formatShortDay } from "./format";

const PROJECTION_COLORS: Record<CreditTone, string> = {
  normal: "text-slate-600",
  near: "text-amber-800",
  over: "text-red-700",
};

/**
 * Shows the acting org's credits against its monthly limit for the shown period, with the projection
 * to the period end for the current period, or a "no limit set" state.
 */
export function CreditLimitSummary({ orgName, hasParent, period, usedCredits, creditLimit, projectedCredits, className = "" }: {
  orgName: string;
  hasParent: boolean;
  period: { month: string; lastDay: string; isCurrent: boolean };
  usedCredits: string;
  creditLimit: UsagePeriodView["creditLimit"];
  projectedCredits: string | null;
  className?: string;
}) {
  const projection =
    period.isCurrent && projectedCredits !== null
      ? describeProjection(projectedCredits, creditLimit?.monthlyCredits ?? null, formatShortDay(period.lastDay))
      : null;

  return (
    <Card
      className={className}
      title="Credit limit"
      description={
        creditLimit && period.isCurrent
          ? `Production credits of ${orgName} in ${formatMonth(period.month)} against its monthly limit.`
          : `Production credits of ${orgName} in ${formatMonth(period.month)}.`
      }
    >
      {creditLimit && !period.isCurrent ? (
        <PastPeriodLimit usedCredits={usedCredits} monthlyCredits={creditLimit.monthlyCredits} month={period.month} />
      ) : creditLimit ? (
        <div className="space-y-3">
          <CreditProgressBar usedCredits={usedCredits} monthlyCredits={creditLimit.monthlyCredits} label="Credits used of the monthly limit" />
          <ul className="space-y-1 text-sm text-slate-600">
            <li>{atLimitText(creditLimit.atLimit)}</li>
            <li>
              {creditLimit.alertThresholds.length > 0
                ? `Alerts fire at ${thresholdsText(creditLimit.alertThresholds)} of the limit.`
                : "No alert thresholds are set."}
            </li>
          </ul>
        </div>
      ) : (
        <div className="flex items-start gap-3">
          <span className="mt-0.5 inline-flex shrink-0 whitespace-nowrap rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">No limit set</span>
          <p className="text-sm text-slate-600">
            {hasParent
              ? `${orgName} may use any number of credits. Its parent org can set a monthly limit on the child org's page.`
              : `${orgName} may use any number of credits. Monthly limits are set per child org, on each child org's page.`}
          </p>
        </div>
      )}
      {projection && (
        <p className={`mt-4 border-t border-slate-100 pt-3 text-sm ${PROJECTION_COLORS[projection.tone]}`}>
          <span className="font-medium">Projection: </span>
          {projection.sentence}
        </p>
      )}
    </Card>
  );
}

/**
 * Shows a past period's use without a bar: only the current limit is stored, so comparing old use
 * with it could show an overrun that never happened.
 */
function PastPeriodLimit({ usedCredits, monthlyCredits, month }: { usedCredits: string; monthlyCredits: string; month: string }) {
  return (
    <div className="space-y-1 text-sm text-slate-600">
      <p>
        <span className="text-lg font-semibold tabular-nums text-slate-900">{formatCredits(usedCredits)}</span> credits used in {formatMonth(month)}.
      </p>
      <p>
        The limit set today is {formatCredits(monthlyCredits)} credits per period. The limit that applied in {formatMonth(month)} is not
        shown here, but each change is recorded as an audit event.
      </p>
    </div>
  );
}
