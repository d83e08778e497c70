import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { getSecrets } from "@/lib/secrets/get";
import type { ApiEnv } from "./env";
import { COMMON_ERRORS, SecretsResponse } from "./schemas";

export const secretsRoutes = new OpenAPIHono<ApiEnv>();

const getSecretsRoute = createRoute({
  method: "get",
  path: "/secrets",
  summary: "Get the acting org's API key and webhook secret, masked",
  responses: {
    200: { description: "Masked secrets", content: { "application/json": { schema: SecretsResponse } } },
    ...COMMON_ERRORS,
  },
});

secretsRoutes.openapi(getSecretsRoute, async (c) => c.json(await getSecrets(c.get("db"), c.get("context")), 200));
