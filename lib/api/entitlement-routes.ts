import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { applyEntitlementsToChildren } from "@/lib/entitlements/bulk";
import { linkChildToPreset, unlinkChildFromPreset } from "@/lib/entitlements/preset-links";
import { getEntitlementPreset, listEntitlementPresets, type EntitlementPreset } from "@/lib/entitlements/presets-read";
import { createEntitlementPreset, deleteEntitlementPreset, updateEntitlementPreset } from "@/lib/entitlements/presets-write";
import { BulkEntitlementsInput, EntitlementPresetInput, EntitlementsInput, PresetLinkInput } from "@/lib/entitlements/schemas";
import { updateChildEntitlements } from "@/lib/entitlements/update";
import { getChildEntitlements } from "@/lib/entitlements/view";
import type { ApiEnv } from "./env";
import { BulkEntitlementsResponse, ChildEntitlementsResponse, PresetLinkResponse, PresetResponse } from "./entitlement-schemas";
import { COMMON_ERRORS, CONFLICT_ERROR } from "./schemas";

export const entitlementRoutes = new OpenAPIHono<ApiEnv>();

const ChildParams = z.object({ id: z.string().openapi({ description: "Id of a descendant of the acting org." }) });
const PresetParams = z.object({ presetId: z.string() });
const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { "application/json": { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });

function presetJson(preset: EntitlementPreset) {
  return { ...preset, createdAt: preset.createdAt.toISOString(), updatedAt: preset.updatedAt.toISOString() };
}

const getEntitlements = createRoute({
  method: "get",
  path: "/org/child_orgs/{id}/entitlements",
  summary: "Get a child org's entitlements, effective entitlements and who restricted what",
  request: { params: ChildParams },
  responses: { 200: json("Entitlements of the child org", ChildEntitlementsResponse), ...COMMON_ERRORS },
});

entitlementRoutes.openapi(getEntitlements, async (c) =>
  c.json(await getChildEntitlements(c.get("db"), c.get("context"), c.req.valid("param").id), 200),
);

const putEntitlements = createRoute({
  method: "put",
  path: "/org/child_orgs/{id}/entitlements",
  summary: "Replace a child org's entitlements",
  description: "A child linked to a preset is unlinked; the values sent become its own.",
  request: { params: ChildParams, body: body(EntitlementsInput) },
  responses: { 200: json("Entitlements of the child org after the change", ChildEntitlementsResponse), ...COMMON_ERRORS },
});

entitlementRoutes.openapi(putEntitlements, async (c) => {
  const db = c.get("db");
  const context = c.get("context");
  const { id } = c.req.valid("param");
  await updateChildEntitlements(db, context, id, c.req.valid("json"));
  return c.json(await getChildEntitlements(db, context, id), 200);
});

const bulkEntitlements = createRoute({
  method: "post",
  path: "/org/entitlements/bulk",
  summary: "Replace the entitlements of many child orgs at once, all or nothing",
  request: { body: body(BulkEntitlementsInput) },
  responses: { 200: json("The orgs changed and the values set", BulkEntitlementsResponse), ...COMMON_ERRORS },
});

entitlementRoutes.openapi(bulkEntitlements, async (c) =>
  c.json(await applyEntitlementsToChildren(c.get("db"), c.get("context"), c.req.valid("json")), 200),
);

const listPresets = createRoute({
  method: "get",
  path: "/org/entitlement_presets",
  summary: "List the acting org's entitlement presets",
  responses: { 200: json("Presets by name", z.object({ presets: z.array(PresetResponse) })), ...COMMON_ERRORS },
});

entitlementRoutes.openapi(listPresets, async (c) => {
  const presets = await listEntitlementPresets(c.get("db"), c.get("context"));
  return c.json({ presets: presets.map(presetJson) }, 200);
});

const createPreset = createRoute({
  method: "post",
  path: "/org/entitlement_presets",
  summary: "Create an entitlement preset",
  request: { body: body(EntitlementPresetInput) },
  responses: { 201: json("The new preset", PresetResponse), ...COMMON_ERRORS, ...CONFLICT_ERROR },
});

entitlementRoutes.openapi(createPreset, async (c) =>
  c.json(presetJson(await createEntitlementPreset(c.get("db"), c.get("context"), c.req.valid("json"))), 201),
);

const getPreset = createRoute({
  method: "get",
  path: "/org/entitlement_presets/{presetId}",
  summary: "Get an entitlement preset",
  request: { params: PresetParams },
  responses: { 200: json("The preset", PresetResponse), ...COMMON_ERRORS },
});

entitlementRoutes.openapi(getPreset, async (c) =>
  c.json(presetJson(await getEntitlementPreset(c.get("db"), c.get("context"), c.req.valid("param").presetId)), 200),
);

const putPreset = createRoute({
  method: "put",
  path: "/org/entitlement_presets/{presetId}",
  summary: "Replace an entitlement preset; every linked child org follows",
  request: { params: PresetParams, body: body(EntitlementPresetInput) },
  responses: { 200: json("The preset after the change", PresetResponse), ...COMMON_ERRORS, ...CONFLICT_ERROR },
});

entitlementRoutes.openapi(putPreset, async (c) => {
  const preset = await updateEntitlementPreset(c.get("db"), c.get("context"), c.req.valid("param").presetId, c.req.valid("json"));
  return c.json(presetJson(preset), 200);
});

const deletePreset = createRoute({
  method: "delete",
  path: "/org/entitlement_presets/{presetId}",
  summary: "Delete an entitlement preset; linked child orgs keep their values",
  request: { params: PresetParams },
  responses: { 204: { description: "Deleted" }, ...COMMON_ERRORS },
});

entitlementRoutes.openapi(deletePreset, async (c) => {
  await deleteEntitlementPreset(c.get("db"), c.get("context"), c.req.valid("param").presetId);
  return c.body(null, 204);
});

const linkPreset = createRoute({
  method: "put",
  path: "/org/child_orgs/{id}/entitlement_preset",
  summary: "Link a child org to a preset; its entitlements follow the preset",
  request: { params: ChildParams, body: body(PresetLinkInput) },
  responses: { 200: json("The link", PresetLinkResponse), ...COMMON_ERRORS },
});

entitlementRoutes.openapi(linkPreset, async (c) =>
  c.json(await linkChildToPreset(c.get("db"), c.get("context"), c.req.valid("param").id, c.req.valid("json")), 200),
);

const unlinkPreset = createRoute({
  method: "delete",
  path: "/org/child_orgs/{id}/entitlement_preset",
  summary: "Unlink a child org from its preset; it keeps the current values",
  request: { params: ChildParams },
  responses: { 200: json("The child org's own values", PresetLinkResponse), ...COMMON_ERRORS },
});

entitlementRoutes.openapi(unlinkPreset, async (c) =>
  c.json(await unlinkChildFromPreset(c.get("db"), c.get("context"), c.req.valid("param").id), 200),
);
