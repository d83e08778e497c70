"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { changeMemberRole, removeMember } from "@/lib/members/change-role";
import { inviteMember, revokeInvitation } from "@/lib/members/invitations";
import type { InviteMemberInput } from "@/lib/members/schemas";

/** Invites a person into `orgId` and returns the single-use link to pass on. */
export async function inviteMemberAction(
  orgId: string,
  input: InviteMemberInput,
): Promise<ActionResult<{ email: string; role: string; path: string; expiresAt: string }>> {
  return runAction("inviteMember", orgId, async (db, context) => {
    const invitation = await inviteMember(db, context, input);
    return { email: invitation.email, role: invitation.role, path: invitation.path, expiresAt: invitation.expiresAt.toISOString() };
  });
}

/** Revokes a pending invitation of `orgId`. */
export async function revokeInvitationAction(orgId: string, invitationId: string): Promise<ActionResult<null>> {
  return runAction("revokeInvitation", orgId, async (db, context) => {
    await revokeInvitation(db, context, String(invitationId));
    return null;
  });
}

/** Gives a member of `orgId` another role. */
export async function changeMemberRoleAction(orgId: string, userId: string, role: string): Promise<ActionResult<{ role: string }>> {
  return runAction("changeMemberRole", orgId, (db, context) => changeMemberRole(db, context, String(userId), { role }));
}

/** Removes a member from `orgId`. */
export async function removeMemberAction(orgId: string, userId: string): Promise<ActionResult<null>> {
  return runAction("removeMember", orgId, async (db, context) => {
    await removeMember(db, context, String(userId));
    return null;
  });
}
