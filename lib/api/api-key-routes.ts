import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { createApiKey, listApiKeys, revokeApiKey } from "@/lib/api-keys/manage";
import { CreateApiKeyInput } from "@/lib/api-keys/schemas";
import type { ApiEnv } from "./env";
import { COMMON_ERRORS } from "./schemas";

export const apiKeyRoutes = new OpenAPIHono<ApiEnv>();

const ApiKeyResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    maskedKey: z.string().openapi({ example: "sk_Ab3••••••••x9Q2" }),
    createdBy: z.string().nullable(),
    createdAt: z.string().openapi({ format: "date-time" }),
    lastUsedAt: z.string().nullable().openapi({ format: "date-time" }),
    revokedAt: z.string().nullable().openapi({ format: "date-time" }),
  })
  .openapi("ApiKey");

const CreatedApiKeyResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.string(),
    key: z.string().openapi({ description: "The key itself; shown only in this response." }),
  })
  .openapi("CreatedApiKey");

const list = createRoute({
  method: "get",
  path: "/api_keys",
  summary: "List the acting org's API keys, masked",
  responses: {
    200: { description: "API keys, newest first", content: { "application/json": { schema: z.array(ApiKeyResponse) } } },
    ...COMMON_ERRORS,
  },
});

apiKeyRoutes.openapi(list, async (c) => {
  const keys = await listApiKeys(c.get("db"), c.get("context"));
  return c.json(
    keys.map((key) => ({
      ...key,
      createdAt: key.createdAt.toISOString(),
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      revokedAt: key.revokedAt?.toISOString() ?? null,
    })),
    200,
  );
});

const create = createRoute({
  method: "post",
  path: "/api_keys",
  summary: "Create an API key of the acting org with a role (default admin)",
  request: {
    body: { required: true, content: { "application/json": { schema: CreateApiKeyInput } } },
  },
  responses: {
    201: { description: "The new key, shown once", content: { "application/json": { schema: CreatedApiKeyResponse } } },
    ...COMMON_ERRORS,
  },
});

apiKeyRoutes.openapi(create, async (c) => c.json(await createApiKey(c.get("db"), c.get("context"), c.req.valid("json")), 201));

const revoke = createRoute({
  method: "delete",
  path: "/api_keys/{id}",
  summary: "Revoke an API key of the acting org; it is rejected from the next request on",
  request: { params: z.object({ id: z.string().max(100) }) },
  responses: { 204: { description: "Revoked" }, ...COMMON_ERRORS },
});

apiKeyRoutes.openapi(revoke, async (c) => {
  await revokeApiKey(c.get("db"), c.get("context"), c.req.valid("param").id);
  return c.body(null, 204);
});
