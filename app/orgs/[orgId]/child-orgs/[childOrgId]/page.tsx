import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QueryProvider } from "@/components/query-provider";
import { EmptyState } from "@/components/ui/empty-state";
import { requireOrgContext } from "@/lib/auth/console";
import type { Org, RequestContext } from "@/lib/context";
import { getDb, type Db } from "@/lib/db/client";
import { Forbidden, NotFound } from "@/lib/errors";
import { getChildOrg, listChildOrgs } from "@/lib/orgs/child-orgs";
import { ChildOrgHeader } from "@/features/child-orgs/child-org-header";
import { toChildOrgRow } from "@/features/child-orgs/child-org-row";
import { ChildEntitlementsSection } from "@/features/child-orgs/child-entitlements-section";
import { PagePadding } from "@/features/child-orgs/page-padding";
import { StatusCard } from "@/features/child-orgs/status-card";
import { permissionGroups } from "@/features/roles/permission-groups";
import { RoleRestrictionsCard } from "@/features/roles/role-restrictions-card";
import { getRoleRestrictions } from "@/lib/roles/restrictions";
import { ChildCreditLimitCard } from "@/features/usage/child-credit-limit-card";
import { loadChildCreditLimit } from "@/features/usage/load-child-credit-limit";

export const metadata: Metadata = { title: "Child org" };

type Params = Promise<{ orgId: string; childOrgId: string }>;

export default async function ChildOrgPage({ params }: { params: Params }) {
  const { orgId, childOrgId } = await params;
  const context = await requireOrgContext(orgId);
  const db = await getDb();

  let child: Org;
  try {
    child = await getChildOrg(db, context, childOrgId);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    if (error instanceof Forbidden) {
      return (
        <PagePadding>
          <EmptyState title="You cannot view this child org" description={`${error.message} Ask an owner or admin for it.`} />
        </PagePadding>
      );
    }
    throw error;
  }

  const [parent, summary, roleRestrictions, creditLimit] = await Promise.all([
    describeParent(db, context, child),
    child.parentId === context.actingOrg.id
      ? listChildOrgs(db, context).then((rows) => rows.find((row) => row.id === child.id))
      : undefined,
    getRoleRestrictions(db, context, child.id),
    loadChildCreditLimit(db, context, child.id),
  ]);
  const can = (permission: "childOrgs.manage" | "orgs.assume" | "billing.manage") => context.permissions.has(permission);
  const missing = (permission: string, what: string) =>
    `Read-only: your role (${context.role}) lacks the ${permission} permission, so you cannot ${what}.`;

  return (
    <PagePadding>
      <ChildOrgHeader
        actingOrgId={context.actingOrg.id}
        child={{ id: child.id, name: child.name, status: child.status, createdAt: child.createdAt.toISOString() }}
        parent={parent}
        summary={summary && toChildOrgRow(summary)}
        actAsBlockedReason={
          child.status === "suspended"
            ? "A suspended org cannot be acted as. Reactivate it first."
            : !can("orgs.assume")
              ? `Your role (${context.role}) lacks the orgs.assume permission.`
              : undefined
        }
      />
      <QueryProvider>
        <div className="space-y-6">
          <ChildEntitlementsSection db={db} context={context} child={child} />
          <ChildCreditLimitCard
            state={creditLimit}
            actingOrgId={context.actingOrg.id}
            childOrgId={child.id}
            childOrgName={child.name}
            readOnlyReason={
              can("billing.manage")
                ? undefined
                : `Read-only: your role (${context.role}) lacks the billing.manage permission, which the owner and billing roles hold, so you cannot change the credit limit.`
            }
          />
          <RoleRestrictionsCard
            actingOrgId={context.actingOrg.id}
            childOrgId={child.id}
            childOrgName={child.name}
            roles={roleRestrictions.roles.map((role) => ({ name: role.name, description: role.description }))}
            initial={{ allowedRoles: roleRestrictions.allowedRoles, permissionCeiling: roleRestrictions.permissionCeiling }}
            groups={permissionGroups()}
            grantable={[...context.permissions]}
            readOnlyReason={
              child.parentId !== context.actingOrg.id
                ? `Only ${child.name}'s parent org can change its roles. Act as the parent org to change them.`
                : can("childOrgs.manage") ? undefined : missing("childOrgs.manage", "change its roles")
            }
          />
          <StatusCard
            actingOrgId={context.actingOrg.id}
            actingOrgName={context.actingOrg.name}
            childOrgId={child.id}
            childOrgName={child.name}
            status={child.status}
            readOnlyReason={can("childOrgs.manage") ? undefined : missing("childOrgs.manage", "suspend or reactivate this org")}
          />
        </div>
      </QueryProvider>
    </PagePadding>
  );
}

/** Finds the child's parent: the acting org itself, or another descendant of it (for deeper orgs). */
async function describeParent(db: Db, context: RequestContext, child: Org): Promise<{ name: string; href: string }> {
  const actingOrg = context.actingOrg;
  if (!child.parentId || child.parentId === actingOrg.id) {
    return { name: actingOrg.name, href: `/orgs/${actingOrg.id}/child-orgs` };
  }
  const parent = await getChildOrg(db, context, child.parentId);
  return { name: parent.name, href: `/orgs/${actingOrg.id}/child-orgs/${parent.id}` };
}
