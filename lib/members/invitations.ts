import { randomUUID } from "node:crypto";
import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import { invitations, memberships, users } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAudit } from "@/lib/audit/record";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { Conflict, NotFound } from "@/lib/errors";
import { assertAssignableRole } from "@/lib/roles/assignable";
import { parseInput } from "@/lib/validation";
import { generateInvitationToken, hashInvitationToken, INVITATION_VALIDITY_MS, invitationPath } from "./invitation-tokens";
import { InviteMemberInput } from "./schemas";

export interface PendingInvitation {
  id: string;
  email: string;
  role: string;
  invitedBy: string | null;
  expiresAt: Date;
  createdAt: Date;
}

/**
 * Invites `email` into the acting org with `role` and returns the single-use link, valid 7 days.
 * The plaintext token is returned only here. No mail is sent: the console shows the link to the
 * inviter to pass on.
 */
export async function inviteMember(
  db: Db,
  context: RequestContext,
  rawInput: unknown,
): Promise<{ invitationId: string; email: string; role: string; path: string; expiresAt: Date }> {
  authorize(context, "members.manage");
  const input = parseInput(InviteMemberInput, rawInput);
  await assertAssignableRole(db, context, input.role);
  const org = context.actingOrg;

  const [existing] = await db
    .select({ userId: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, org.id), eq(sql`lower(${users.email})`, input.email)))
    .limit(1);
  if (existing) throw new Conflict(`${input.email} is already a member of ${org.name}.`, "email", "already_member");

  const token = generateInvitationToken();
  const id = randomUUID();
  const expiresAt = new Date(Date.now() + INVITATION_VALIDITY_MS);
  try {
    await db.transaction(async (tx) => {
      // An expired invitation does not block a new one.
      await tx
        .delete(invitations)
        .where(and(eq(invitations.orgId, org.id), eq(sql`lower(${invitations.email})`, input.email), isNull(invitations.acceptedAt), lt(invitations.expiresAt, new Date())));
      await tx.insert(invitations).values({
        id,
        orgId: org.id,
        email: input.email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        invitedByUserId: context.actor.kind === "user" ? context.actor.userId : null,
        expiresAt,
      });
      await recordAudit(tx, context, "member.invite", { targetOrgId: org.id, targetId: id, data: { email: input.email, role: input.role } });
    });
  } catch (error) {
    if (isUniqueViolation(error, "invitations_pending_idx")) {
      throw new Conflict(
        `${input.email} already has a pending invitation to ${org.name}. Revoke it first to send a new one.`,
        "email",
        "invitation_pending",
      );
    }
    throw error;
  }
  return { invitationId: id, email: input.email, role: input.role, path: invitationPath(token), expiresAt };
}

/** Lists the acting org's invitations that are neither accepted nor expired. */
export async function listPendingInvitations(db: Db, context: RequestContext): Promise<PendingInvitation[]> {
  authorize(context, "members.read");
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      invitedBy: users.email,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(eq(invitations.orgId, context.actingOrg.id), isNull(invitations.acceptedAt), sql`${invitations.expiresAt} > now()`))
    .orderBy(asc(invitations.createdAt));
}

/** Revokes a pending invitation of the acting org; its link stops working at once. */
export async function revokeInvitation(db: Db, context: RequestContext, invitationId: string): Promise<void> {
  authorize(context, "members.manage");
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(invitations)
      .where(and(eq(invitations.id, String(invitationId)), eq(invitations.orgId, context.actingOrg.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id, email: invitations.email });
    if (deleted.length === 0) throw new NotFound(`Invitation ${String(invitationId).slice(0, 80)} not found.`);
    await recordAudit(tx, context, "member.inviteRevoke", { targetOrgId: context.actingOrg.id, targetId: deleted[0]?.id, data: { email: deleted[0]?.email } });
  });
}
