"use server";

import type { ActionResult } from "@/lib/actions/run-action";
import { getSessionUser } from "@/lib/auth/console";
import { getDb } from "@/lib/db/client";
import { AppError, Unauthenticated } from "@/lib/errors";
import { logger } from "@/lib/log";
import { acceptInvitationAsNewUser, acceptInvitationAsUser } from "@/lib/members/accept-invitation";

/*
 * Accepting an invitation has no request context: the person is not a member of the org yet, so
 * these actions cannot use runAction. The token is the credential; lib checks it on every call.
 */

/** Creates the invited person's account and membership; the page signs them in afterwards. */
export async function acceptInvitationAsNewUserAction(
  token: string,
  input: { name: string; password: string },
): Promise<ActionResult<{ orgId: string; email: string }>> {
  return publicAction("acceptInvitationAsNewUser", async () => acceptInvitationAsNewUser(await getDb(), String(token), input));
}

/** Adds the membership to the signed-in user, whose email must be the invited one. */
export async function acceptInvitationAsUserAction(token: string): Promise<ActionResult<{ orgId: string }>> {
  return publicAction("acceptInvitationAsUser", async () => {
    const user = await getSessionUser();
    if (!user) throw new Unauthenticated("Sign in first to accept this invitation.");
    return acceptInvitationAsUser(await getDb(), String(token), user);
  });
}

/** Maps typed errors to a form message, the way runAction does for actions with a context. */
async function publicAction<T>(name: string, body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await body();
    logger.info({ action: name }, "server action");
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AppError) {
      logger.info({ action: name, code: error.code, status: error.status }, "server action rejected");
      return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
    }
    logger.error({ err: error, action: name }, "server action failed");
    return { ok: false, error: { code: "internal_error", message: "Something went wrong on our side. Try again." } };
  }
}
