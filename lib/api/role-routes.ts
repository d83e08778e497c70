import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { listRoles } from "@/lib/roles/available";
import { getRoleRestrictions, setRoleRestrictions } from "@/lib/roles/restrictions";
import { RoleRestrictionsInput } from "@/lib/roles/schemas";
import type { ApiEnv } from "./env";
import { COMMON_ERRORS } from "./schemas";

export const roleRoutes = new OpenAPIHono<ApiEnv>();

const RoleResponse = z
  .object({
    name: z.string(),
    description: z.string(),
    permissions: z.array(z.string()),
    builtIn: z.boolean(),
    definingOrgId: z.string().nullable(),
  })
  .openapi("Role");

const RestrictionsResponse = z
  .object({
    allowedRoles: z.array(z.string()).nullable().openapi({ description: "null: every role may be assigned" }),
    permissionCeiling: z.array(z.string()).nullable().openapi({ description: "null: no ceiling" }),
  })
  .openapi("RoleRestrictions");

const ChildParams = z.object({ childOrgId: z.string().max(100) });

const list = createRoute({
  method: "get",
  path: "/roles",
  summary: "List the roles of the acting org with their permissions",
  responses: {
    200: { description: "Built-in roles, then custom roles", content: { "application/json": { schema: z.array(RoleResponse) } } },
    ...COMMON_ERRORS,
  },
});

roleRoutes.openapi(list, async (c) => {
  const roles = await listRoles(c.get("db"), c.get("context"));
  return c.json(roles.map(({ id: _id, ...role }) => role), 200);
});

const getRestrictions = createRoute({
  method: "get",
  path: "/org/child_orgs/{childOrgId}/role_restrictions",
  summary: "Get the roles allowed in a child org and its permission ceiling",
  request: { params: ChildParams },
  responses: { 200: { description: "Role restrictions", content: { "application/json": { schema: RestrictionsResponse } } }, ...COMMON_ERRORS },
});

roleRoutes.openapi(getRestrictions, async (c) => {
  const { allowedRoles, permissionCeiling } = await getRoleRestrictions(c.get("db"), c.get("context"), c.req.valid("param").childOrgId);
  return c.json({ allowedRoles, permissionCeiling }, 200);
});

const putRestrictions = createRoute({
  method: "put",
  path: "/org/child_orgs/{childOrgId}/role_restrictions",
  summary: "Set the roles allowed in a direct child org and its permission ceiling",
  request: {
    params: ChildParams,
    body: { required: true, content: { "application/json": { schema: RoleRestrictionsInput } } },
  },
  responses: {
    200: {
      description: "The saved restrictions and the number of members and keys that lost permissions",
      content: { "application/json": { schema: RestrictionsResponse.extend({ affected: z.number().int() }) } },
    },
    ...COMMON_ERRORS,
  },
});

roleRoutes.openapi(putRestrictions, async (c) => {
  const saved = await setRoleRestrictions(c.get("db"), c.get("context"), c.req.valid("param").childOrgId, c.req.valid("json"));
  return c.json({ allowedRoles: saved.allowedRoles, permissionCeiling: saved.permissionCeiling, affected: saved.affected.length }, 200);
});
