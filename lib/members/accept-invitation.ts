import { randomUUID } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { invitations, memberships, users } from "@/db/schema";
import { effectivePermissions } from "@/lib/access/effective-permissions";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/user-context";
import type { Org } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { findOrgById } from "@/lib/orgs/queries";
import { readRoleRestrictions } from "@/lib/roles/restrictions";
import { parseInput } from "@/lib/validation";
import { hashInvitationToken } from "./invitation-tokens";
import { NewAccountInput } from "./schemas";

type InvitationRow = typeof invitations.$inferSelect;

export interface InvitationSummary {
  orgName: string;
  email: string;
  role: string;
  expiresAt: Date;
  /** Whether an account with the invited email exists (it then signs in to accept). */
  accountExists: boolean;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Describes a valid invitation for the accept page. Throws NotFound for an unknown or altered
 * token, Conflict for a used one and Invalid for an expired one, each with a message for the page.
 */
export async function describeInvitation(db: Db, token: string): Promise<InvitationSummary> {
  const { invitation, org } = await findUsableInvitation(db, token);
  const [account] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, invitation.email)).limit(1);
  return { orgName: org.name, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, accountExists: Boolean(account) };
}

/** Accepts an invitation by creating the invited person's account and membership. */
export async function acceptInvitationAsNewUser(db: Db, token: string, rawInput: unknown): Promise<{ orgId: string; email: string }> {
  const { invitation, org } = await findUsableInvitation(db, token);
  const input = parseInput(NewAccountInput, rawInput);
  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  try {
    await db.transaction(async (tx) => {
      await claim(tx, invitation);
      await tx.insert(users).values({ id: userId, email: invitation.email, name: input.name, passwordHash });
      await tx.insert(memberships).values({ userId, orgId: org.id, role: invitation.role });
      await recordAcceptance(tx, { userId, email: invitation.email }, org, invitation);
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_idx")) {
      throw new Conflict(`An account with ${invitation.email} already exists. Sign in as ${invitation.email} to accept.`, "email", "email_taken");
    }
    throw error;
  }
  return { orgId: org.id, email: invitation.email };
}

/** Accepts an invitation for the signed-in user, whose email must be the invited one. */
export async function acceptInvitationAsUser(db: Db, token: string, user: SessionUser): Promise<{ orgId: string }> {
  const { invitation, org } = await findUsableInvitation(db, token);
  const [account] = await db.select().from(users).where(eq(users.id, user.userId)).limit(1);
  if (!account || account.email.toLowerCase() !== invitation.email) {
    throw new Forbidden(
      `This invitation is for ${invitation.email}, but you are signed in as ${account?.email ?? user.email}. Sign out and sign in as ${invitation.email}.`,
      "invitation_other_email",
    );
  }
  try {
    await db.transaction(async (tx) => {
      await claim(tx, invitation);
      await tx.insert(memberships).values({ userId: account.id, orgId: org.id, role: invitation.role });
      await recordAcceptance(tx, { userId: account.id, email: account.email }, org, invitation);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(`You are already a member of ${org.name}.`, undefined, "already_member");
    throw error;
  }
  return { orgId: org.id };
}

async function findUsableInvitation(db: Db, token: string): Promise<{ invitation: InvitationRow; org: Org }> {
  const invalid = new NotFound(
    "This invitation link is not valid. Check that you copied the whole link, or ask for a new invitation.",
    "invitation_not_found",
  );
  if (!TOKEN_PATTERN.test(token)) throw invalid;
  const [invitation] = await db.select().from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(token))).limit(1);
  const org = invitation && (await findOrgById(db, invitation.orgId));
  if (!invitation || !org) throw invalid;
  if (invitation.acceptedAt) {
    throw new Conflict("This invitation has already been used. Sign in instead, or ask for a new invitation.", undefined, "invitation_used");
  }
  if (invitation.expiresAt.getTime() <= Date.now()) {
    throw new Invalid(`This invitation to ${org.name} expired. Ask an admin of ${org.name} for a new one.`, undefined, "invitation_expired");
  }
  const { allowedRoles } = await readRoleRestrictions(db, org.id);
  if (allowedRoles && !allowedRoles.includes(invitation.role)) {
    throw new Invalid(
      `The role "${invitation.role}" of this invitation is no longer allowed in ${org.name}. Ask an admin of ${org.name} for a new invitation.`,
      "role",
      "role_not_allowed",
    );
  }
  return { invitation, org };
}

/** Marks the invitation used; the condition makes a second, concurrent acceptance fail. */
async function claim(tx: Db, invitation: InvitationRow): Promise<void> {
  const claimed = await tx
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
    .returning({ id: invitations.id });
  if (claimed.length === 0) {
    throw new Conflict("This invitation has already been used. Sign in instead, or ask for a new invitation.", undefined, "invitation_used");
  }
}

async function recordAcceptance(tx: Db, user: { userId: string; email: string }, org: Org, invitation: InvitationRow): Promise<void> {
  const { permissions } = await effectivePermissions(tx, org, invitation.role);
  await recordAudit(
    tx,
    { actor: { kind: "user", ...user }, homeOrg: org, actingOrg: org, role: invitation.role, permissions, requestId: randomUUID() },
    "member.join",
    { targetOrgId: org.id, targetId: user.userId, data: { invitationId: invitation.id, role: invitation.role } },
  );
}
