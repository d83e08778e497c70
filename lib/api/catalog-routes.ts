import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { SoundTemplateFilters, VoiceFilters } from "@/lib/catalog/filters";
import { listSoundParameters, listUsableSoundTemplates, listUsableVoices, listVoiceParameters } from "@/lib/catalog/usable";
import type { ApiEnv } from "./env";
import { ParametersResponse, SoundTemplateResponse, VoiceResponse } from "./entitlement-schemas";
import { COMMON_ERRORS } from "./schemas";

export const catalogRoutes = new OpenAPIHono<ApiEnv>();

const queryOf = <T extends z.ZodRawShape>(shape: T) =>
  z.object(Object.fromEntries(Object.keys(shape).map((key) => [key, z.string().optional()])) as { [K in keyof T]: z.ZodOptional<z.ZodString> });

const VoiceQuery = queryOf(VoiceFilters.shape);
const SoundQuery = queryOf(SoundTemplateFilters.shape);
const VoicesBody = z.object({ voices: z.array(VoiceResponse) });
const json = <T extends z.ZodType>(description: string, schema: T) => ({ description, content: { "application/json": { schema } } });

const listVoices = createRoute({
  method: "get",
  path: "/voice",
  summary: "List the voices the acting org may use",
  description: "Each filter takes comma-separated values; a voice matches when any value matches.",
  request: { query: VoiceQuery },
  responses: { 200: json("Usable voices, by name", VoicesBody), ...COMMON_ERRORS },
});

catalogRoutes.openapi(listVoices, async (c) =>
  c.json({ voices: await listUsableVoices(c.get("db"), c.get("context"), c.req.valid("query")) }, 200),
);

const searchVoices = createRoute({
  method: "post",
  path: "/voice",
  summary: "List usable voices with the filters in a JSON body",
  request: {
    body: { required: false, content: { "application/json": { schema: VoiceFilters } } },
  },
  responses: { 200: json("Usable voices, by name", VoicesBody), ...COMMON_ERRORS },
});

catalogRoutes.openapi(searchVoices, async (c) => {
  // Without a JSON body the validator passes nothing on, which means no filters.
  const filters = c.req.valid("json") ?? {};
  return c.json({ voices: await listUsableVoices(c.get("db"), c.get("context"), filters) }, 200);
});

const voiceParameters = createRoute({
  method: "get",
  path: "/voice/parameter",
  summary: "List voice filter values present among usable voices",
  responses: { 200: json("Values per attribute", ParametersResponse), ...COMMON_ERRORS },
});

catalogRoutes.openapi(voiceParameters, async (c) => c.json(await listVoiceParameters(c.get("db"), c.get("context")), 200));

const listSoundTemplates = createRoute({
  method: "get",
  path: "/sound/template",
  summary: "List the sound designs the acting org may use",
  description: "Each filter takes comma-separated values; a sound design matches when any value matches.",
  request: { query: SoundQuery },
  responses: {
    200: json("Usable sound designs, by name", z.object({ soundTemplates: z.array(SoundTemplateResponse) })),
    ...COMMON_ERRORS,
  },
});

catalogRoutes.openapi(listSoundTemplates, async (c) =>
  c.json({ soundTemplates: await listUsableSoundTemplates(c.get("db"), c.get("context"), c.req.valid("query")) }, 200),
);

const soundParameters = createRoute({
  method: "get",
  path: "/sound/parameter",
  summary: "List sound design filter values present among usable sound designs",
  responses: { 200: json("Values per attribute", ParametersResponse), ...COMMON_ERRORS },
});

catalogRoutes.openapi(soundParameters, async (c) => c.json(await listSoundParameters(c.get("db"), c.get("context")), 200));
