import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { LocalTime } from "@/components/ui/local-time";
import type { ChildOrgRow } from "./child-org-row";
import { formatDecimal } from "./decimal";

export interface ChildOrgHeaderProps {
  actingOrgId: string;
  child: { id: string; name: string; status: "active" | "suspended"; createdAt: string };
  parent: { name: string; href: string };
  /** Members and usage; only known for direct child orgs. */
  summary?: ChildOrgRow;
  /** Reason that "Act as this org" is unavailable; undefined when it is available. */
  actAsBlockedReason?: string;
}

export function ChildOrgHeader({ actingOrgId, child, parent, summary, actAsBlockedReason }: ChildOrgHeaderProps) {
  return (
    <div className="mb-6">
      <Link href={`/orgs/${actingOrgId}/child-orgs`} className="text-sm text-slate-500 hover:text-slate-800">
        ← Child orgs
      </Link>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 items-center gap-3">
          <h1 className="min-w-0 text-xl font-semibold tracking-tight text-slate-900">{child.name}</h1>
          <Badge tone={child.status === "active" ? "green" : "red"}>{child.status === "active" ? "Active" : "Suspended"}</Badge>
        </div>
        <div className="text-right">
          {actAsBlockedReason ? (
            <>
              <span aria-disabled="true" aria-describedby="act-as-reason" className={`${buttonClasses("secondary")} cursor-not-allowed opacity-60`}>
                Act as this org
              </span>
              <p id="act-as-reason" className="mt-1 max-w-xs text-xs text-slate-500">{actAsBlockedReason}</p>
            </>
          ) : (
            <Link href={`/orgs/${child.id}`} className={buttonClasses("secondary")}>Act as this org →</Link>
          )}
        </div>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white px-5 py-4 text-sm shadow-sm sm:grid-cols-3 lg:grid-cols-6">
        <Item label="ID" wide>
          <span className="inline-flex items-center gap-1">
            <code className="font-mono text-xs text-slate-700">{child.id}</code>
            <CopyButton value={child.id} label={`Copy the id of ${child.name}`} />
          </span>
        </Item>
        <Item label="Created"><LocalTime value={child.createdAt} withTime /></Item>
        <Item label="Parent"><Link href={parent.href} className="text-brand-700 hover:underline">{parent.name}</Link></Item>
        {summary && (
          <>
            <Item label="Members">{formatDecimal(String(summary.members))}</Item>
            <Item label={`Credits used, ${summary.usage.period}`}>
              {formatDecimal(summary.usage.credits)} <span className="text-slate-500">in {formatDecimal(String(summary.usage.calls))} calls</span>
            </Item>
          </>
        )}
      </dl>
    </div>
  );
}

function Item({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? "col-span-2" : ""}>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900 tabular-nums">{children}</dd>
    </div>
  );
}
