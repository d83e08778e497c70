import type { Metadata } from "next";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { QueryProvider } from "@/components/query-provider";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrgContext } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { listChildOrgs } from "@/lib/orgs/child-orgs";
import { toChildOrgRow } from "@/features/child-orgs/child-org-row";
import { ChildOrgsView } from "@/features/child-orgs/child-orgs-view";
import { loadEditorData } from "@/features/child-orgs/load-editor-data";
import { childOrgKeys } from "@/features/child-orgs/query-keys";
import { PagePadding } from "@/features/child-orgs/page-padding";

export const metadata: Metadata = { title: "Child orgs" };

export default async function ChildOrgsPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const context = await requireOrgContext(orgId);
  const org = context.actingOrg;
  if (!org.canHaveChildren) {
    return (
      <PagePadding>
        <PageHeader title="Child orgs" />
        <EmptyState
          title={`${org.name} is not a super org`}
          description="Only a super org can have child orgs. To manage child orgs, switch to a super org with the organization switcher."
        />
      </PagePadding>
    );
  }

  const header = (
    <PageHeader
      title="Child orgs"
      description={`The customers of ${org.name}. Each child org has its own members and API keys, and may use only what you allow it.`}
    />
  );
  if (!context.permissions.has("childOrgs.read")) {
    return (
      <PagePadding>
        {header}
        <EmptyState
          title="You cannot view child orgs"
          description={`Your role (${context.role}) lacks the childOrgs.read permission in ${org.name}. Ask an owner or admin for it.`}
        />
      </PagePadding>
    );
  }

  const queryClient = new QueryClient();
  const db = await getDb();
  const [rows, bulkEditor] = await Promise.all([
    listChildOrgs(db, context).then((summaries) => summaries.map(toChildOrgRow)),
    context.permissions.has("entitlements.manage") ? loadEditorData(db, context) : undefined,
  ]);
  queryClient.setQueryData(childOrgKeys.list(org.id), rows);

  return (
    <PagePadding>
      {header}
      <QueryProvider>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <ChildOrgsView actingOrgId={org.id} canManage={context.permissions.has("childOrgs.manage")} bulkEditor={bulkEditor} />
        </HydrationBoundary>
      </QueryProvider>
    </PagePadding>
  );
}
