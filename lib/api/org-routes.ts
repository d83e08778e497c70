import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { createChildOrg } from "@/lib/orgs/create-child-org";
import { listChildOrgs } from "@/lib/orgs/child-orgs";
import { describeOrg, getActingOrgProfile } from "@/lib/orgs/profile";
import { readOwnEntitlements, summarizeEntitlements } from "@/lib/entitlements/read";
import { CreateChildOrgInput } from "@/lib/orgs/schemas";
import type { ApiEnv } from "./env";
import { ChildOrgResponse, COMMON_ERRORS, CONFLICT_ERROR, OrgResponse } from "./schemas";

export const orgRoutes = new OpenAPIHono<ApiEnv>();

const getOrg = createRoute({
  method: "get",
  path: "/org",
  summary: "Get the acting org",
  responses: { 200: { description: "The acting org", content: { "application/json": { schema: OrgResponse } } }, ...COMMON_ERRORS },
});

orgRoutes.openapi(getOrg, async (c) => c.json(await getActingOrgProfile(c.get("db"), c.get("context")), 200));

const listChildren = createRoute({
  method: "get",
  path: "/org/child_orgs",
  summary: "List the acting org's child orgs",
  responses: {
    200: { description: "Child orgs with usage this period", content: { "application/json": { schema: z.array(ChildOrgResponse) } } },
    ...COMMON_ERRORS,
  },
});

orgRoutes.openapi(listChildren, async (c) => {
  const db = c.get("db");
  const children = await listChildOrgs(db, c.get("context"));
  const body = [];
  for (const child of children) {
    body.push({
      ...describeOrg(child, summarizeEntitlements(await readOwnEntitlements(db, child.id))),
      members: child.members,
      usage: child.usage,
    });
  }
  return c.json(body, 200);
});

const createChild = createRoute({
  method: "post",
  path: "/org/child_orgs",
  summary: "Create a child org under the acting org",
  request: {
    body: { required: true, content: { "application/json": { schema: CreateChildOrgInput } } },
  },
  responses: {
    201: { description: "The new child org", content: { "application/json": { schema: OrgResponse } } },
    ...COMMON_ERRORS,
    ...CONFLICT_ERROR,
  },
});

orgRoutes.openapi(createChild, async (c) => {
  const db = c.get("db");
  const org = await createChildOrg(db, c.get("context"), c.req.valid("json"));
  return c.json(describeOrg(org, summarizeEntitlements(await readOwnEntitlements(db, org.id))), 201);
});
