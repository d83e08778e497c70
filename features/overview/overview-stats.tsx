import Link from "next/link";
import type { ReactNode } from "react";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import type { OverviewData } from "./load-overview";
import { formatCredits, formatPeriod } from "./format";

/** Renders the headline numbers of the acting org: child orgs (super orgs only) and usage this period. */
export function OverviewStats({ data, orgId, role }: { data: OverviewData; orgId: string; role: string }) {
  const base = `/orgs/${orgId}`;
  const { usage, childOrgs } = data;
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
      {childOrgs &&
        (childOrgs.ok ? (
          <Stat
            label="Child orgs"
            value={childOrgs.data.total.toLocaleString("en-US")}
            note={childOrgs.data.suspended > 0 ? `${childOrgs.data.suspended} suspended` : "All active"}
            link={{ href: `${base}/child-orgs`, label: childOrgs.data.total === 0 ? "Create a child org" : "View child orgs" }}
          />
        ) : (
          <ForbiddenNotice what="child orgs" reason={childOrgs.reason} role={role} />
        ))}
      {usage.ok ? (
        <>
          <Stat
            label="Credits this period"
            value={formatCredits(usage.data.credits)}
            note={
              usage.data.calls === 0
                ? `No usage yet in ${formatPeriod(usage.data.month)} (UTC).`
                : `${formatPeriod(usage.data.month)} (UTC)${childOrgs ? ", including child orgs" : ""}`
            }
            link={{ href: `${base}/usage`, label: "View usage" }}
          />
          <Stat label="API calls this period" value={usage.data.calls.toLocaleString("en-US")} note={formatPeriod(usage.data.month)} />
        </>
      ) : (
        <div className="md:col-span-2">
          <ForbiddenNotice what="usage" reason={usage.reason} role={role} />
        </div>
      )}
    </div>
  );
}

function Stat({ label, value, note, link }: { label: string; value: string; note: ReactNode; link?: { href: string; label: string } }) {
  return (
    <section className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="text-sm font-medium text-slate-500">{label}</h2>
      <p className="mt-2 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}</p>
      <p className="mt-1 text-xs text-slate-500">{note}</p>
      {link && (
        <Link href={link.href} className="mt-3 text-sm font-medium text-brand-600 hover:text-brand-700">
          {link.label} →
        </Link>
      )}
    </section>
  );
}
