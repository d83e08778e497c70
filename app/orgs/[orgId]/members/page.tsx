import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { InviteForm } from "@/features/members/invite-form";
import { MembersTable } from "@/features/members/members-table";
import { PendingInvitations } from "@/features/members/pending-invitations";
import { RoleLegend } from "@/features/members/role-legend";
import { requireOrgContext } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import { listPendingInvitations } from "@/lib/members/invitations";
import { listMembers, type Member } from "@/lib/members/list";
import { listAssignableRoleNames } from "@/lib/roles/available";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const context = await requireOrgContext(orgId);
  const db = await getDb();
  let members: Member[] | null = null;
  let forbiddenReason = "";
  try {
    members = await listMembers(db, context);
  } catch (error) {
    if (!(error instanceof Forbidden)) throw error;
    forbiddenReason = error.message;
  }
  const currentUserId = context.actor.kind === "user" ? context.actor.userId : "";
  const canManage = members !== null && context.permissions.has("members.manage");
  const [roles, invitations] = members === null ? [[], []] : await Promise.all([listAssignableRoleNames(db, context), listPendingInvitations(db, context)]);
  const org = context.actingOrg;

  return (
    <>
      <PageHeader title="Members" description={`People who belong to ${org.name} and the role each one has.`} />
      {/* Side by side only from xl on: below that the Manage column of the table would not fit. */}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          {members === null ? (
            <ForbiddenNotice what="the members of this organization" reason={forbiddenReason} role={context.role} />
          ) : members.length === 0 ? (
            <EmptyState
              title="No members yet"
              description={canManage ? `Nobody belongs to ${org.name} yet. Invite the first member with the “Invite a member” form.` : `Nobody belongs to ${org.name} yet. Ask an admin to invite members.`}
            />
          ) : (
            <>
              <MembersTable
                members={members}
                currentUserId={currentUserId}
                manage={canManage ? { actingOrgId: org.id, actingOrgName: org.name, roles } : undefined}
              />
              <p className="mt-2 text-xs text-slate-500">
                {members.length === 1 ? "1 member" : `${members.length} members`}. Dates are in your local time zone.
              </p>
            </>
          )}
          <PendingInvitations
            actingOrgId={org.id}
            canManage={canManage}
            invitations={invitations.map((invitation) => ({ ...invitation, expiresAt: invitation.expiresAt.toISOString() }))}
          />
        </div>
        <div className="space-y-6">
          {canManage && <InviteForm actingOrgId={org.id} roles={roles} />}
          <RoleLegend />
        </div>
      </div>
    </>
  );
}
