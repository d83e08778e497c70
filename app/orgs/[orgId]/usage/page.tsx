import type { Metadata } from "next";
import { loadUsagePage } from "@/features/usage/load-usage";
import { UsageUnavailable } from "@/features/usage/usage-unavailable";
import { firstParam } from "@/features/usage/usage-url";
import { UsageView } from "@/features/usage/usage-view";
import { requireOrgContext } from "@/lib/auth/console";
import type { RequestContext } from "@/lib/context";
import { Forbidden } from "@/lib/errors";

export const metadata: Metadata = { title: "Usage" };
export const dynamic = "force-dynamic";

export default async function UsagePage({ params, searchParams }: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ period?: string | string[]; tz?: string | string[] }>;
}) {
  const { orgId } = await params;
  const search = await searchParams;
  let context: RequestContext;
  try {
    context = await requireOrgContext(orgId);
  } catch (error) {
    // A suspended child org exists, but no user may act as it.
    if (error instanceof Forbidden) return <UsageUnavailable message={error.message} />;
    throw error;
  }
  const tz = firstParam(search.tz);
  const state = await loadUsagePage(context, firstParam(search.period), tz);
  const { actingOrg } = context;

  return (
    <UsageView
      org={{
        id: actingOrg.id,
        name: actingOrg.name,
        canHaveChildren: actingOrg.canHaveChildren,
        hasParent: actingOrg.parentId !== null,
        role: context.role,
      }}
      state={state}
      tzFromUrl={tz !== undefined && tz !== ""}
    />
  );
}
