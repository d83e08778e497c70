import { z } from "@hono/zod-openapi";

export const ErrorResponse = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi("Error");

export const EntitlementSummary = z
  .object({
    voices: z.string().openapi({ description: '"all", or "allow:<count>" / "deny:<count>"' }),
    soundTemplates: z.string(),
    voiceIntelligence: z.boolean(),
    activities: z.array(z.string()),
  })
  .openapi("EntitlementSummary");

export const OrgResponse = z
  .object({
    orgId: z.string(),
    orgName: z.string(),
    parentOrgId: z.string().nullable(),
    isSuperOrg: z.boolean(),
    status: z.enum(["active", "suspended"]),
    createdAt: z.string().openapi({ format: "date-time" }),
    entitlements: EntitlementSummary,
  })
  .openapi("Org");

export const ChildOrgResponse = OrgResponse.extend({
  members: z.number().int(),
  usage: z.object({
    period: z.string().openapi({ example: "2026-12" }),
    calls: z.number().int(),
    credits: z.string().openapi({ description: "Exact decimal", example: "1250.5" }),
  }),
}).openapi("ChildOrg");

export const SecretsResponse = z
  .object({
    apiKey: z.string().nullable(),
    webhookUrl: z.string().nullable(),
    webhookSecret: z.string().nullable(),
  })
  .openapi("Secrets");

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorResponse } },
});

export const COMMON_ERRORS = {
  400: errorResponse("Invalid input; the message names the field."),
  401: errorResponse("Missing or invalid API key."),
  403: errorResponse("Missing permission, or the org is suspended."),
  404: errorResponse("Not found, or not visible to the caller."),
} as const;

export const CONFLICT_ERROR = { 409: errorResponse("Conflict, for example a duplicate name.") } as const;

/** Documented on every route by app.ts; x-api-key is the security scheme. */
export const AUTH_HEADERS = z.object({
  "x-assume-org": z.string().optional().openapi({ description: "Act as this descendant org (its id)." }),
});
