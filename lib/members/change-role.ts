import { and, eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { effectivePermissions } from "@/lib/access/effective-permissions";
import { assertNotAboveCaller } from "@/lib/access/rank";
import { recordAudit } from "@/lib/audit/record";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Conflict, NotFound } from "@/lib/errors";
import { assertAssignableRole } from "@/lib/roles/assignable";
import { parseInput } from "@/lib/validation";
import { ChangeRoleInput } from "./schemas";

/** Gives a member of the acting org another role. The last owner cannot be demoted. */
export async function changeMemberRole(db: Db, context: RequestContext, userId: string, rawInput: unknown): Promise<{ role: string }> {
  authorize(context, "members.manage");
  const { role } = parseInput(ChangeRoleInput, rawInput);
  const current = await findMembership(db, context, userId);
  await assertOutranksNot(db, context, current.role);
  await assertAssignableRole(db, context, role);
  if (current.role === role) return { role };

  await db.transaction(async (tx) => {
    if (current.role === "owner") await assertAnotherOwner(tx, context, "demote");
    await tx.update(memberships).set({ role }).where(and(eq(memberships.orgId, context.actingOrg.id), eq(memberships.userId, current.userId)));
    await recordAudit(tx, context, "member.changeRole", { targetOrgId: context.actingOrg.id, targetId: current.userId, data: { from: current.role, to: role } });
  });
  return { role };
}

/** Removes a member from the acting org. The last owner cannot be removed. */
export async function removeMember(db: Db, context: RequestContext, userId: string): Promise<void> {
  authorize(context, "members.manage");
  const current = await findMembership(db, context, userId);
  await assertOutranksNot(db, context, current.role);
  await db.transaction(async (tx) => {
    if (current.role === "owner") await assertAnotherOwner(tx, context, "remove");
    await tx.delete(memberships).where(and(eq(memberships.orgId, context.actingOrg.id), eq(memberships.userId, current.userId)));
    await recordAudit(tx, context, "member.remove", { targetOrgId: context.actingOrg.id, targetId: current.userId, data: { role: current.role } });
  });
}

async function findMembership(db: Db, context: RequestContext, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, context.actingOrg.id), eq(memberships.userId, String(userId))))
    .limit(1);
  if (!row) throw new NotFound(`Member ${String(userId).slice(0, 80)} not found in ${context.actingOrg.name}.`);
  return row;
}

/** A member whose role grants more than the caller holds (an admin and an owner) is out of reach. */
async function assertOutranksNot(db: Db, context: RequestContext, role: string): Promise<void> {
  const { permissions } = await effectivePermissions(db, context.actingOrg, role);
  assertNotAboveCaller(context, permissions, `change a member with the role "${role}"`);
}

/** Locks the org's owner rows, so that two concurrent demotions cannot both pass. */
async function assertAnotherOwner(tx: Db, context: RequestContext, verb: "demote" | "remove"): Promise<void> {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, context.actingOrg.id), eq(memberships.role, "owner")))
    .for("update");
  if (owners.length <= 1) {
    throw new Conflict(
      `You cannot ${verb} the last owner of ${context.actingOrg.name}. Make another member an owner first.`,
      undefined,
      "last_owner",
    );
  }
}
