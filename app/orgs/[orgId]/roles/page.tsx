import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { PageHeader } from "@/components/ui/page-header";
import { CustomRoleEditor } from "@/features/roles/custom-role-editor";
import { permissionGroups } from "@/features/roles/permission-groups";
import { RolesMatrix } from "@/features/roles/roles-matrix";
import { requireOrgContext } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import { listRoles } from "@/lib/roles/available";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const context = await requireOrgContext(orgId);
  const header = (
    <PageHeader
      title="Roles"
      description={`What each role may do in ${context.actingOrg.name}. A parent org can narrow this further with allowed roles and a permission ceiling on each child org.`}
    />
  );
  let roles;
  try {
    roles = await listRoles(await getDb(), context);
  } catch (error) {
    if (!(error instanceof Forbidden)) throw error;
    return (
      <>
        {header}
        <ForbiddenNotice what="the roles of this organization" reason={error.message} role={context.role} />
      </>
    );
  }
  const ownCustomRoles = roles.filter((role) => role.definingOrgId === context.actingOrg.id);
  const canEdit = context.actingOrg.canHaveChildren && context.permissions.has("members.manage");

  return (
    <>
      {header}
      <div className="space-y-6">
        <RolesMatrix roles={roles} />
        {canEdit && (
          <CustomRoleEditor actingOrgId={context.actingOrg.id} roles={ownCustomRoles} groups={permissionGroups()} grantable={[...context.permissions]} />
        )}
      </div>
    </>
  );
}
