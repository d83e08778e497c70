import type { IncomingMessage, ServerResponse } from "node:http";
import type { Context } from "hono";

/** The Node request and response behind a Hono context, when @hono/node-server serves it. */
interface NodeBindings {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
}

/**
 * Returns a request header, read from Node's parsed headers when they are at hand. Hono's
 * `c.req.header()` makes @hono/node-server copy every header into a web Headers object first,
 * which showed up in CPU profiles of the decision path. Both join repeated headers with ", ".
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as NodeBindings | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * Sets a response header on Node's response, which merges it into the head it writes, so that
 * Hono does not build a web Headers object for it. Falls back to `c.header()` outside Node.
 */
export function setResponseHeader(c: Context, name: string, value: string): void {
  const outgoing = (c.env as NodeBindings | undefined)?.outgoing;
  if (outgoing && !outgoing.headersSent) outgoing.setHeader(name, value);
  else c.header(name, value);
}
