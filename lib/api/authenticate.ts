import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { decode } from "next-auth/jwt";
import { contextFromApiKey } from "@/lib/auth/api-key-context";
import { contextForUser, listMemberships } from "@/lib/auth/user-context";
import { Forbidden, Invalid, Unauthenticated } from "@/lib/errors";
import { isOrgId } from "@/lib/orgs/ids";
import type { ApiEnv } from "./env";
import { requestHeader } from "./node-io";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
const READ_METHODS = new Set(["GET", "HEAD"]);

/**
 * Resolves the request context from `x-api-key`, or from the console's session cookie for reads.
 * `x-assume-org` selects the acting org in both cases.
 */
export const authenticate: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const db = c.get("db");
  const requestId = c.get("requestId");
  const apiKey = requestHeader(c, "x-api-key");
  const assumeOrg = requestHeader(c, "x-assume-org");

  if (apiKey !== undefined) {
    c.set("context", await contextFromApiKey(db, { apiKey, assumeOrg }, requestId));
    return next();
  }

  const sessionToken = SESSION_COOKIES.map((name) => getCookie(c, name)).find(Boolean);
  const secret = process.env.NEXTAUTH_SECRET;
  const session = sessionToken && secret ? await decode({ token: sessionToken, secret }).catch(() => null) : null;
  if (!session?.sub) throw new Unauthenticated();
  if (!READ_METHODS.has(c.req.method)) {
    throw new Forbidden("Session cookies may only read. Send an x-api-key header to change data.", "read_only_session");
  }

  const user = { userId: session.sub, email: session.email ?? "" };
  let orgId = assumeOrg;
  if (orgId !== undefined && !isOrgId(orgId)) {
    throw new Invalid(`x-assume-org must be an organization id (a UUID); got "${orgId.slice(0, 80)}".`, "x-assume-org");
  }
  if (orgId === undefined) {
    const [first] = await listMemberships(db, user.userId);
    if (!first) throw new Unauthenticated("This account is not a member of any organization.");
    orgId = first.org.id;
  }
  c.set("context", await contextForUser(db, user, orgId, requestId));
  return next();
};
