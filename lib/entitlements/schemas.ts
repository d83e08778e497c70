import { z } from "zod";
import { displayName } from "@/lib/display-name";
import { ACTIVITIES } from "@/lib/catalog/activities";

const ItemSelection = z.object({
  mode: z.enum(["all", "allow", "deny"], { message: 'mode must be "all", "allow" or "deny"' }),
  ids: z.array(z.string().min(1).max(100)).max(1000).default([]),
});

/** What a parent lets one child org use; shared by the console editor, its action and the API. */
export const EntitlementsInput = z.object({
  voices: ItemSelection,
  soundTemplates: ItemSelection,
  voiceIntelligence: z.boolean({ message: "voiceIntelligence must be true or false" }),
  activities: z.array(z.enum(ACTIVITIES, { message: `activities may contain only: ${ACTIVITIES.join(", ")}` })),
});
export type EntitlementsInput = z.infer<typeof EntitlementsInput>;

export type Entitlements = EntitlementsInput;

/** A named preset: a name and the same fields as the entitlements of one child org. */
export const EntitlementPresetInput = EntitlementsInput.extend({
  name: displayName("name", 80),
});
export type EntitlementPresetInput = z.infer<typeof EntitlementPresetInput>;

/** Max child orgs one bulk change may name; larger changes are split by the caller. */
export const MAX_BULK_ORGS = 500;

/** The four parts of an entitlements body, which a bulk change may apply one by one. */
export const ENTITLEMENT_FIELDS = ["voiceIntelligence", "voices", "soundTemplates", "activities"] as const;
export type EntitlementField = (typeof ENTITLEMENT_FIELDS)[number];

/** One entitlements body applied to many descendants at once, all or nothing. */
export const BulkEntitlementsInput = z.object({
  childOrgIds: z
    .array(z.string().min(1).max(100), { message: "childOrgIds must be a list of organization ids" })
    .min(1, { message: "childOrgIds must name at least one organization" })
    .max(MAX_BULK_ORGS, { message: `childOrgIds may name at most ${MAX_BULK_ORGS} organizations` }),
  entitlements: EntitlementsInput,
  /** The parts of `entitlements` to apply; each org keeps its own value of the others. All when absent. */
  fields: z
    .array(z.enum(ENTITLEMENT_FIELDS, { message: `fields may name only: ${ENTITLEMENT_FIELDS.join(", ")}` }))
    .min(1, { message: "fields must name at least one part, or be left out to apply all of them" })
    .optional(),
});
export type BulkEntitlementsInput = z.infer<typeof BulkEntitlementsInput>;

export const PresetLinkInput = z.object({
  presetId: z.string({ message: "presetId is required" }).min(1, { message: "presetId is required" }).max(100),
});
