import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ChildUsageCard } from "./child-usage-card";
import { ChildUsageTable } from "./child-usage-table";
import type { ChildUsageState } from "./load-usage";
import { UsageNotice } from "./usage-notice";

/** Usage of each direct child org (with its own descendants): a sortable table, then a card per child org. */
export function ChildUsageSection({ state, orgId, monthLabel, role }: {
  state: ChildUsageState;
  orgId: string;
  monthLabel: string;
  role: string;
}) {
  return (
    <section aria-labelledby="child-usage-heading" className="space-y-3">
      <div>
        <h2 id="child-usage-heading" className="text-base font-semibold text-slate-900">Child orgs</h2>
        <p className="text-sm text-slate-500">
          Each child org&apos;s usage in {monthLabel}, including its own child orgs. Sort the table by name, credits or calls.
        </p>
      </div>
      {state.kind === "forbidden" ? (
        <UsageNotice title="You cannot view the usage of child orgs." message={state.message} role={role} />
      ) : state.cards.length === 0 ? (
        <EmptyState
          title="No child orgs yet"
          description="Create a child org for each of your customers. Their usage appears here, one row and one card per child org, as soon as they call the API."
          action={<Link href={`/orgs/${orgId}/child-orgs`} className={buttonClasses("secondary")}>Go to child orgs</Link>}
        />
      ) : (
        <>
          <ChildUsageTable rows={state.rows} parentOrgId={orgId} />
          <ul className="grid grid-cols-1 gap-4 @2xl:grid-cols-2 @5xl:grid-cols-3" aria-label="Child org usage cards">
            {state.cards.map((card) => (
              <ChildUsageCard key={card.orgId} card={card} parentOrgId={orgId} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
