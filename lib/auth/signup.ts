import { randomUUID } from "node:crypto";
import { z } from "zod";
import { displayName } from "@/lib/display-name";
import { memberships, orgs, users } from "@/db/schema";
import { permissionsOfRole } from "@/lib/access/roles";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { Conflict } from "@/lib/errors";
import { toOrg } from "@/lib/orgs/queries";
import { parseInput } from "@/lib/validation";
import { hashPassword } from "./password";

export const SignUpInput = z.object({
  name: displayName("name", 100),
  email: z.email({ message: "email must be a valid email address" }).max(254).transform((value) => value.toLowerCase()),
  password: z
    .string()
    .min(12, { message: "password must be at least 12 characters" })
    .max(200, { message: "password must be at most 200 characters" }),
  orgName: displayName("orgName", 80),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

/**
 * Creates a user and a standalone root org they own. A signed-up org is never a super org: only
 * an operator can let an org have child orgs.
 */
export async function signUp(db: Db, rawInput: unknown): Promise<{ userId: string; orgId: string }> {
  const input = parseInput(SignUpInput, rawInput);
  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  const orgId = randomUUID();
  try {
    await db.transaction(async (tx) => {
      await tx.insert(users).values({ id: userId, email: input.email, name: input.name, passwordHash });
      const [orgRow] = await tx
        .insert(orgs)
        .values({ id: orgId, name: input.orgName, rootId: orgId, canHaveChildren: false })
        .returning();
      if (!orgRow) throw new Error("insert into orgs returned no row");
      await tx.insert(memberships).values({ userId, orgId, role: "owner" });
      const org = toOrg(orgRow);
      await recordAudit(
        tx,
        {
          actor: { kind: "user", userId, email: input.email },
          homeOrg: org,
          actingOrg: org,
          role: "owner",
          permissions: permissionsOfRole("owner"),
          requestId: randomUUID(),
        },
        "account.signUp",
        { targetOrgId: orgId, targetId: userId },
      );
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_idx")) {
      throw new Conflict("An account with this email already exists. Sign in instead.", "email", "email_taken");
    }
    throw error;
  }
  return { userId, orgId };
}
