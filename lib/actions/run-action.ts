import "server-only";
import type { RequestContext } from "@/lib/context";
import { actorId } from "@/lib/context";
import { getDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { actionContext } from "@/lib/auth/console";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; field?: string } };

/**
 * Runs a server action as `orgId`: builds and checks the request context, calls `body`, and turns
 * typed errors into a form message. Unknown errors are logged and shown as a generic message.
 */
export async function runAction<T>(
  name: string,
  orgId: string,
  body: (db: Db, context: RequestContext) => Promise<T>,
): Promise<ActionResult<T>> {
  const started = performance.now();
  let context: RequestContext | undefined;
  try {
    // Actions are callable with any arguments, so a non-string id is an invalid id, not a crash.
    context = await actionContext(typeof orgId === "string" ? orgId : "");
    const data = await body(await getDb(), context);
    logger.info(
      { action: name, actingOrgId: context.actingOrg.id, actorId: actorId(context.actor), requestId: context.requestId, durationMs: Math.round(performance.now() - started) },
      "server action",
    );
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AppError) {
      logger.info({ action: name, orgId, code: error.code, status: error.status }, "server action rejected");
      return { ok: false, error: { code: error.code, message: error.message, field: error.field } };
    }
    logger.error({ err: error, action: name, orgId, requestId: context?.requestId }, "server action failed");
    return { ok: false, error: { code: "internal_error", message: "Something went wrong on our side. Try again." } };
  }
}
