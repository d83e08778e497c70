import { z } from "@hono/zod-openapi";

const Selection = z.object({ mode: z.enum(["all", "allow", "deny"]), ids: z.array(z.string()) });

export const EntitlementsResponse = z
  .object({
    voices: Selection,
    soundTemplates: Selection,
    voiceIntelligence: z.boolean(),
    activities: z.array(z.string()),
  })
  .openapi("Entitlements");

const RestrictedItem = z.object({
  id: z.string(),
  orgId: z.string().openapi({ description: "The org whose entitlements row removed the item." }),
  orgName: z.string(),
  locked: z.boolean().openapi({ description: "True when an ancestor removed it, so editing this org cannot give it back." }),
});

const EffectiveItems = z.object({ ids: z.array(z.string()), restricted: z.array(RestrictedItem) });

export const ChildEntitlementsResponse = z
  .object({
    orgId: z.string(),
    entitlements: EntitlementsResponse,
    presetId: z.string().nullable(),
    effective: z.object({
      voices: EffectiveItems,
      soundTemplates: EffectiveItems,
      voiceIntelligence: z.object({
        allowed: z.boolean(),
        restrictedBy: z.object({ orgId: z.string(), orgName: z.string(), locked: z.boolean() }).nullable(),
      }),
      activities: EffectiveItems,
    }),
  })
  .openapi("ChildEntitlements");

export const PresetResponse = EntitlementsResponse.extend({
  id: z.string(),
  name: z.string(),
  ownerOrgId: z.string(),
  linkedOrgIds: z.array(z.string()),
  createdAt: z.string().openapi({ format: "date-time" }),
  updatedAt: z.string().openapi({ format: "date-time" }),
}).openapi("EntitlementPreset");

export const PresetLinkResponse = z
  .object({ orgId: z.string(), presetId: z.string().nullable(), entitlements: EntitlementsResponse })
  .openapi("EntitlementPresetLink");

export const BulkEntitlementsResponse = z
  .object({ orgIds: z.array(z.string()), entitlements: EntitlementsResponse })
  .openapi("BulkEntitlements");

export const DecisionResponse = z
  .object({
    allowed: z.boolean(),
    reasons: z.array(
      z.object({
        code: z.string(),
        orgId: z.string().openapi({ description: "The org whose setting denied the request." }),
        orgName: z.string(),
        message: z.string(),
      }),
    ),
  })
  .openapi("Decision");

export const VoiceResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    voiceName: z.string().openapi({ description: "The same as name." }),
    language: z.string(),
    accent: z.string(),
    gender: z.string(),
    ageBracket: z.string(),
    provider: z.string(),
    tags: z.array(z.string()),
    industryExamples: z.array(z.string()),
    timePerformance: z.string(),
  })
  .openapi("Voice");

export const SoundTemplateResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    genre: z.string(),
    mood: z.string(),
    tempo: z.string(),
    tags: z.array(z.string()),
    industryExamples: z.array(z.string()),
    contents: z.array(z.string()),
  })
  .openapi("SoundTemplate");

export const ParametersResponse = z
  .record(z.string(), z.array(z.string()))
  .openapi("Parameters", { description: "Each filterable attribute with the values present among usable items." });
