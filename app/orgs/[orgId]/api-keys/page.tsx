import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { PageHeader } from "@/components/ui/page-header";
import { ApiKeysView } from "@/features/api-keys/api-keys-view";
import { listApiKeys } from "@/lib/api-keys/manage";
import { requireOrgContext } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import { listRoles } from "@/lib/roles/available";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const context = await requireOrgContext(orgId);
  const db = await getDb();
  const header = <PageHeader title="API keys" description={`Keys that call the API as ${context.actingOrg.name}. Each key has a role, like a member.`} />;
  let keys;
  try {
    keys = await listApiKeys(db, context);
  } catch (error) {
    if (!(error instanceof Forbidden)) throw error;
    return (
      <>
        {header}
        <ForbiddenNotice what="the API keys of this organization" reason={error.message} role={context.role} />
      </>
    );
  }
  // A custom role may grant apiKeys.manage without members.read; the role list then offers the default only.
  const roles = await listRoles(db, context).then((all) => all.map((role) => role.name), () => ["admin"]);
  return (
    <>
      {header}
      <ApiKeysView
        actingOrgId={context.actingOrg.id}
        actingOrgName={context.actingOrg.name}
        roles={roles}
        keys={keys.map((key) => ({
          ...key,
          createdAt: key.createdAt.toISOString(),
          lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
          revokedAt: key.revokedAt?.toISOString() ?? null,
        }))}
      />
    </>
  );
}
