import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorBody } from "./errors";
import { requestHeader } from "./node-io";

/**
 * Rejects bodies larger than `maxSize` bytes with 413. A declared content-length is checked from
 * the header alone; only chunked bodies are counted as they arrive, by Hono's bodyLimit.
 */
// Hono's bodyLimit reads `request.body`, which makes @hono/node-server build a web Request and
// stream for every call: about 15 % of the CPU time of a small POST in a profile of /authorize.
export function limitBody(maxSize: number, message: string): MiddlewareHandler {
  const tooLarge = (c: Context) => c.json(errorBody("payload_too_large", message), 413);
  const streaming = bodyLimit({
    maxSize,
    onError: (c) => {
      // Part of the body sits in a web stream reader now, so the connection cannot be reused.
      c.header("connection", "close");
      return tooLarge(c);
    },
  });
  return async (c, next) => {
    const length = requestHeader(c, "content-length");
    if (requestHeader(c, "transfer-encoding") === undefined) {
      if (length === undefined) return next();
      // The unread body is drained by @hono/node-server after the response (up to 64 MiB, then
      // it closes the socket), so the client can finish sending and read the 413.
      return Number(length) > maxSize ? tooLarge(c) : next();
    }
    return streaming(c, next);
  };
}
