import { requireOrgContext } from "@/lib/auth/console";

export default async function OverviewPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const context = await requireOrgContext(orgId);
  return <main className="p-8">Acting as {context.actingOrg.name}</main>;
}
