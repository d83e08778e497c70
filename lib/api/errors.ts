import type { Context } from "hono";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** Maps any thrown error to the JSON error shape; unknown errors are logged and never shown. */
export function toErrorResponse(error: unknown, c: Context) {
  if (error instanceof AppError) {
    return c.json(errorBody(error.code, error.message), error.status);
  }
  if (error instanceof SyntaxError) {
    return c.json(errorBody("invalid_json", "The request body is not valid JSON."), 400);
  }
  logger.error({ err: error, path: c.req.path, requestId: c.get("requestId") }, "unhandled API error");
  return c.json(errorBody("internal_error", "Something went wrong on our side. Try again later."), 500);
}
