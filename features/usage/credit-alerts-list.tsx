import Link from "next/link";
import { LocalTime } from "@/components/ui/local-time";
import type { CreditAlert } from "@/lib/usage/alerts";
import { formatCredits, formatMonth } from "./format";

/**
 * Credit alerts that fired, newest first: the threshold crossed, the credits used and the limit at
 * that moment. `actingOrgId` turns names of other orgs into links to their child org page; without
 * it, the org column is left out.
 */
export function CreditAlertsList({ alerts, actingOrgId, showPeriod = false, emptyText }: {
  alerts: readonly CreditAlert[];
  actingOrgId?: string;
  showPeriod?: boolean;
  emptyText: string;
}) {
  if (alerts.length === 0) return <p className="text-sm text-slate-500">{emptyText}</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Credit alerts that fired</caption>
        <thead className="border-b border-slate-200 text-left text-xs font-medium text-slate-500">
          <tr>
            {actingOrgId && <th scope="col" className="py-2 pr-4">Org</th>}
            {showPeriod && <th scope="col" className="py-2 pr-4">Period</th>}
            <th scope="col" className="py-2 pr-4">Threshold</th>
            <th scope="col" className="py-2 pr-4 text-right">Credits used</th>
            <th scope="col" className="py-2 pr-4 text-right">Monthly limit</th>
            <th scope="col" className="py-2">Fired</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {alerts.map((alert) => (
            <tr key={`${alert.orgId}-${alert.period}-${alert.threshold}`}>
              {actingOrgId && (
                // Chromium ignores max-width on a table cell, so the name itself truncates.
                <td className="py-2 pr-4">
                  {alert.orgId === actingOrgId ? (
                    <span title={alert.orgName} className="block max-w-40 truncate font-medium text-slate-900 sm:max-w-56">{alert.orgName}</span>
                  ) : (
                    <Link href={`/orgs/${actingOrgId}/child-orgs/${alert.orgId}`} title={alert.orgName} className="block max-w-40 truncate font-medium text-slate-900 sm:max-w-56 hover:text-brand-700 hover:underline">
                      {alert.orgName}
                    </Link>
                  )}
                </td>
              )}
              {showPeriod && <td className="py-2 pr-4 whitespace-nowrap text-slate-700">{formatMonth(alert.period)}</td>}
              <td className="py-2 pr-4">
                <span
                  className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${alert.threshold >= 100 ? "bg-red-50 text-red-700 ring-red-200" : "bg-amber-50 text-amber-800 ring-amber-200"}`}
                >
                  {alert.threshold}%
                </span>
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatCredits(alert.usedCredits)}</td>
              <td className="py-2 pr-4 text-right tabular-nums text-slate-600">{formatCredits(alert.monthlyCredits)}</td>
              <td className="py-2 whitespace-nowrap text-slate-600"><LocalTime value={alert.firedAt} withTime /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
