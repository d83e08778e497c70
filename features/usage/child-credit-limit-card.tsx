import { Card } from "@/components/ui/card";
import { CreditAlertsList } from "./credit-alerts-list";
import { CreditLimitForm } from "./credit-limit-form";
import { CreditProgressBar } from "./credit-progress-bar";
import { formatCredits, formatMonth } from "./format";
import type { ChildCreditLimitState } from "./load-child-credit-limit";

/**
 * Renders the "Credit limit" card of a child org's page: this period's use against the limit, the form
 * that sets the limit, and the alerts that fired.
 */
export function ChildCreditLimitCard({ state, actingOrgId, childOrgId, childOrgName, readOnlyReason }: {
  state: ChildCreditLimitState;
  actingOrgId: string;
  childOrgId: string;
  childOrgName: string;
  readOnlyReason?: string;
}) {
  const description = `Production credits ${childOrgName} and its own child orgs may use per billing period (a UTC month).`;
  if (state.kind === "forbidden") {
    return (
      <Card title="Credit limit" description={description}>
        <p role="note" className="text-sm text-amber-900">{state.message} Viewing the credit limit needs the billing.read permission.</p>
      </Card>
    );
  }

  const { limit, alerts } = state;
  const periodLabel = formatMonth(limit.period);
  return (
    <Card title="Credit limit" description={description}>
      <div className="@container space-y-6">
        <div>
          <h3 className="mb-2 text-sm font-medium text-slate-700">Use in {periodLabel}</h3>
          {limit.monthlyCredits !== null ? (
            <CreditProgressBar usedCredits={limit.usedCredits} monthlyCredits={limit.monthlyCredits} label={`Credits used by ${childOrgName} of its monthly limit`} />
          ) : (
            <p className="text-sm text-slate-600">
              <span className="mr-2 inline-flex rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">No limit set</span>
              {formatCredits(limit.usedCredits)} credits used so far.
            </p>
          )}
        </div>
        <CreditLimitForm
          actingOrgId={actingOrgId}
          childOrgId={childOrgId}
          childOrgName={childOrgName}
          initial={{ monthlyCredits: limit.monthlyCredits, atLimit: limit.atLimit, alertThresholds: limit.alertThresholds }}
          usedCredits={limit.usedCredits}
          periodLabel={periodLabel}
          readOnlyReason={readOnlyReason}
        />
        <div className="border-t border-slate-100 pt-4">
          <h3 className="mb-2 text-sm font-medium text-slate-700">Alerts that fired</h3>
          {alerts.kind === "forbidden" ? (
            <p role="note" className="text-sm text-amber-900">{alerts.message}</p>
          ) : (
            <CreditAlertsList
              alerts={alerts.items}
              showPeriod
              emptyText={`No alert has fired for ${childOrgName} yet. With a limit and thresholds set, an alert fires the first time its use crosses each threshold in a period.`}
            />
          )}
        </div>
      </div>
    </Card>
  );
}
