import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { decide, DecisionInput } from "@/lib/entitlements/decide";
import type { ApiEnv } from "./env";
import { DecisionResponse } from "./entitlement-schemas";
import { COMMON_ERRORS } from "./schemas";

export const authorizeRoutes = new OpenAPIHono<ApiEnv>();

const authorizeCall = createRoute({
  method: "post",
  path: "/authorize",
  summary: "Decide whether the acting org may make a call",
  description:
    "Checks the activity, and the voice, sound design and Voice Intelligence when given, against the acting org's " +
    "effective entitlements and the caller's role. Every denial names the org whose setting caused it.",
  request: { body: { required: true, content: { "application/json": { schema: DecisionInput } } } },
  responses: {
    200: { description: "The decision", content: { "application/json": { schema: DecisionResponse } } },
    ...COMMON_ERRORS,
  },
});

// Documented, but served as a plain route: decide() validates the body with the same schema, and
// the route's own validation cost about a tenth of a decision's CPU time in a profile.
authorizeRoutes.openAPIRegistry.registerPath(authorizeCall);
authorizeRoutes.post("/authorize", async (c) => c.json(await decide(c.get("db"), c.get("context"), await c.req.json()), 200));
