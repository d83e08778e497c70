import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { Invalid } from "@/lib/errors";
import { OrgId } from "@/lib/orgs/ids";
import { listCreditAlerts } from "@/lib/usage/alerts";
import { getChildCreditLimit, setChildCreditLimit } from "@/lib/usage/credit-limit";
import { CreditLimitInput } from "@/lib/usage/credit-limit-schema";
import { ingestUsageEvents } from "@/lib/usage/ingest";
import { formatIssuePath, UsageBatchInput } from "@/lib/usage/ingest-schema";
import { getChildUsageReport, getUsageReport } from "@/lib/usage/report";
import { UsageQueryInput } from "@/lib/usage/usage-range";
import { limitBody } from "./body-limit";
import type { ApiEnv } from "./env";
import { COMMON_ERRORS } from "./schemas";
import { CreditAlertResponse, CreditLimitResponse, INGEST_ERRORS, IngestResponse, UsageReportResponse } from "./usage-schemas";

/** 1,000 events with the largest allowed metadata stay below this. */
export const MAX_INGEST_BODY_BYTES = 2 * 1024 * 1024;

export const usageRoutes = new OpenAPIHono<ApiEnv>();

/** Names the first invalid field as clients index JSON (`events[3].credits`). */
function rejectInvalid(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): undefined {
  if (result.success) return undefined;
  const issue = result.error?.issues[0];
  const field = formatIssuePath(issue?.path ?? []);
  const message = issue?.message ?? "invalid value";
  throw new Invalid(message.startsWith(field) ? message : `${field}: ${message}`, field);
}

const ChildOrgParams = z.object({ id: OrgId.openapi({ param: { name: "id", in: "path" } }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });

usageRoutes.use("/usage/events", limitBody(MAX_INGEST_BODY_BYTES, "The request body is larger than 2 MiB. Send at most 1,000 events per request."));
usageRoutes.use("/org/child_orgs/:id/credit_limit", limitBody(64 * 1024, "The request body is larger than 64 KiB."));

const ingest = createRoute({
  method: "post",
  path: "/usage/events",
  summary: "Record up to 1,000 usage events for the acting org, all or nothing",
  description:
    "Each event counts once per idempotency key and org; a replay returns the original result. credits is a decimal string " +
    "(at most 6 decimal places) or a JSON number without an exponent. occurredAt must be at most 35 days in the past and " +
    "at most 5 minutes in the future.",
  request: { body: { required: true, content: { "application/json": { schema: UsageBatchInput } } } },
  responses: {
    201: json(IngestResponse, "At least one event was recorded"),
    200: json(IngestResponse, "Every event was a replay; nothing new was recorded"),
    ...COMMON_ERRORS,
    ...INGEST_ERRORS,
  },
});

// Documented from the zod schema, but served as a plain route: the rule validates the body with a
// hand-written parser that is about 25 times faster than running the zod schema per event.
usageRoutes.openAPIRegistry.registerPath(ingest);
usageRoutes.post("/usage/events", async (c) => {
  const result = await ingestUsageEvents(c.get("db"), c.get("context"), await c.req.json());
  return c.json(result, result.recorded > 0 ? 201 : 200);
});

const usage = createRoute({
  method: "get",
  path: "/usage",
  summary: "Usage of the acting org and its descendants over a range",
  description:
    "from and to are dates (local midnight in tz) or RFC 3339 date-times; the range is half-open [from, to), at most 366 days. " +
    "Without them: the current month in tz. groupBy org splits by direct child org (with its descendants) and the acting org's own use.",
  request: { query: UsageQueryInput },
  responses: { 200: json(UsageReportResponse, "Usage per bucket"), ...COMMON_ERRORS },
});

usageRoutes.openapi(usage, async (c) => c.json(await getUsageReport(c.get("db"), c.get("context"), c.req.valid("query")), 200), rejectInvalid);

const alerts = createRoute({
  method: "get",
  path: "/usage/alerts",
  summary: "Credit alerts that fired in the acting org's subtree, newest first",
  request: {
    query: z.object({ orgId: OrgId.optional(), period: z.string().max(7).optional().openapi({ example: "2026-03" }) }),
  },
  responses: { 200: json(z.array(CreditAlertResponse), "Fired alerts"), ...COMMON_ERRORS },
});

usageRoutes.openapi(alerts, async (c) => c.json(await listCreditAlerts(c.get("db"), c.get("context"), c.req.valid("query")), 200), rejectInvalid);

const childUsage = createRoute({
  method: "get",
  path: "/org/child_orgs/{id}/usage",
  summary: "Usage of a descendant org and its descendants; the same query as GET /usage",
  request: { params: ChildOrgParams, query: UsageQueryInput },
  responses: { 200: json(UsageReportResponse, "Usage per bucket"), ...COMMON_ERRORS },
});

usageRoutes.openapi(
  childUsage,
  async (c) => c.json(await getChildUsageReport(c.get("db"), c.get("context"), c.req.valid("param").id, c.req.valid("query")), 200),
  rejectInvalid,
);

const getLimit = createRoute({
  method: "get",
  path: "/org/child_orgs/{id}/credit_limit",
  summary: "The monthly credit limit of a descendant org, with its use this period",
  request: { params: ChildOrgParams },
  responses: { 200: json(CreditLimitResponse, "The credit limit"), ...COMMON_ERRORS },
});

usageRoutes.openapi(
  getLimit,
  async (c) => c.json(await getChildCreditLimit(c.get("db"), c.get("context"), c.req.valid("param").id), 200),
  rejectInvalid,
);

const putLimit = createRoute({
  method: "put",
  path: "/org/child_orgs/{id}/credit_limit",
  summary: "Set or remove the monthly credit limit of a descendant org (needs billing.manage)",
  request: {
    params: ChildOrgParams,
    body: { required: true, content: { "application/json": { schema: CreditLimitInput } } },
  },
  responses: { 200: json(CreditLimitResponse, "The saved credit limit"), ...COMMON_ERRORS },
});

usageRoutes.openapi(
  putLimit,
  async (c) => c.json(await setChildCreditLimit(c.get("db"), c.get("context"), c.req.valid("param").id, await c.req.json()), 200),
  rejectInvalid,
);
