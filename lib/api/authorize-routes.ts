import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { decide, DecisionInput } from "@/lib/entitlements/decide";
import type { ApiEnv } from "./env";
import { DecisionResponse } from "./entitlement-schemas";
import { API_KEY_HEADERS, COMMON_ERRORS } from "./schemas";

export const authorizeRoutes = new OpenAPIHono<ApiEnv>();

const authorizeCall = createRoute({
  method: "post",
  path: "/authorize",
  summary: "Decide whether the acting org may make a call",
  description:
    "Checks the activity, and the voice, sound design and Voice Intelligence when given, against the acting org's " +
    "effective entitlements and the caller's role. Every denial names the org whose setting caused it.",
  request: { headers: API_KEY_HEADERS, body: { required: true, content: { "application/json": { schema: DecisionInput } } } },
  responses: {
    200: { description: "The decision", content: { "application/json": { schema: DecisionResponse } } },
    ...COMMON_ERRORS,
  },
});

authorizeRoutes.openapi(authorizeCall, async (c) =>
  c.json(await decide(c.get("db"), c.get("context"), c.req.valid("json")), 200),
);
