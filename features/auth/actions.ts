"use server";

import type { ActionResult } from "@/lib/actions/run-action";
import { signUp } from "@/lib/auth/signup";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";

/**
 * Creates an account and its standalone org. Sign-up is public, so there is no request context
 * and no runAction. Typed errors become a form message the same way runAction maps them.
 */
export async function signUpAction(input: unknown): Promise<ActionResult<{ orgId: string }>> {
  try {
    const { userId, orgId } = await signUp(await getDb(), input);
    logger.info({ action: "signUp", userId, orgId }, "account created");
    return { ok: true, data: { orgId } };
  } catch (error) {
    if (error instanceof AppError) {
      logger.info({ action: "signUp", code: error.code, field: error.field }, "sign-up rejected");
      return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
    }
    logger.error({ err: error, action: "signUp" }, "sign-up failed");
    return { ok: false, error: { code: "internal_error", message: "Something went wrong on our side. Try again." } };
  }
}
