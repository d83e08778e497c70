import { z } from "zod";
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
