import { randomUUID } from "node:crypto";
import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { getDb } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { requestLogger } from "@/lib/log";
import { authenticate } from "./authenticate";
import { limitBody } from "./body-limit";
import { requestHeader, setResponseHeader } from "./node-io";
import type { ApiEnv } from "./env";
import { errorBody, toErrorResponse } from "./errors";
import { AUTH_HEADERS } from "./schemas";
import { apiKeyRoutes } from "./api-key-routes";
import { authorizeRoutes } from "./authorize-routes";
import { catalogRoutes } from "./catalog-routes";
import { entitlementRoutes } from "./entitlement-routes";
import { orgRoutes } from "./org-routes";
import { roleRoutes } from "./role-routes";
import { secretsRoutes } from "./secrets-routes";
import { usageRoutes } from "./usage-routes";

/** Every resource module of the REST API; the access matrix test enumerates routes from here. */
export const API_MODULES = [
  orgRoutes,
  secretsRoutes,
  apiKeyRoutes,
  roleRoutes,
  catalogRoutes,
  entitlementRoutes,
  authorizeRoutes,
  usageRoutes,
];

// A batch of 1,000 usage events with metadata fits well below this.
const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Builds the REST API app, mounted at `/api/v1` by the custom server. */
export function createApiApp() {
  const app = new OpenAPIHono<ApiEnv>({
    // Validation failures become 400s that name the field, in the API's error shape.
    defaultHook: (result) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const field = issue?.path.map(String).join(".") || (result.target === "json" ? "body" : result.target);
      const message = issue?.message ?? "invalid value";
      throw new Invalid(message.startsWith(field) ? message : `${field}: ${message}`, field);
    },
  }).basePath("/api/v1");

  app.use("*", async (c, next) => {
    const started = performance.now();
    const requestId = requestHeader(c, "x-request-id")?.slice(0, 100) || randomUUID();
    c.set("requestId", requestId);
    setResponseHeader(c, "x-request-id", requestId);
    await next();
    const durationMs = Math.round((performance.now() - started) * 100) / 100;
    // Server-Timing (W3C) lets clients and benchmarks see the time spent in the app per request.
    // On the Node response: adding it to the finished Hono response would make the adapter rebuild it.
    setResponseHeader(c, "server-timing", `app;dur=${durationMs}`);
    const context = c.get("context");
    const status = c.res.status;
    // Audio services call POST /authorize once per call they serve, so its successful responses
    // are logged at debug. A line each at info would be most of the log and cost about a sixth of
    // the route's CPU time (docs/benchmarks.md). Errors and every other route are logged at info.
    const quiet = status < 400 && c.req.method === "POST" && c.req.path === "/api/v1/authorize";
    const line = { requestId, method: c.req.method, path: c.req.path, status, actingOrgId: context?.actingOrg.id, durationMs };
    if (quiet) requestLogger.debug(line, "api request");
    else requestLogger.info(line, "api request");
  });

  app.get("/health", (c) => c.json({ status: "ok" }));
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Super org portal API", version: "1.0.0" },
    security: [{ apiKey: [] }],
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "apiKey",
    in: "header",
    name: "x-api-key",
  });

  app.use("*", limitBody(MAX_BODY_BYTES, `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB.`));
  app.use("*", async (c, next) => {
    c.set("db", await getDb());
    await next();
  });
  app.use("*", authenticate);
  for (const module of API_MODULES) app.route("/", module);
  documentAuthHeaders(app);

  app.notFound((c) => c.json(errorBody("not_found", `No route ${c.req.method} ${c.req.path}.`), 404));
  app.onError((error, c) => {
    if (error instanceof HTTPException) {
      const status = error.status;
      if (status === 400) return c.json(errorBody("invalid_json", "The request body is not valid JSON."), 400);
      if (status === 415) {
        return c.json(errorBody("unsupported_media_type", "Send the body as JSON, with the header content-type: application/json."), 415);
      }
      return c.json(errorBody("http_error", error.message || "Request failed."), status);
    }
    return toErrorResponse(error, c);
  });
  return app;
}

/**
 * Adds the authentication headers to every documented route. A route's own header schema would
 * also be validated on every call, which `authenticate` already does.
 */
function documentAuthHeaders(app: Pick<OpenAPIHono, "openAPIRegistry">): void {
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== "route") continue;
    definition.route.request = { ...definition.route.request, headers: AUTH_HEADERS };
  }
}
