import { ACTIVITIES } from "@/lib/catalog/activities";
import type { Entitlements } from "@/lib/entitlements/schemas";

/** The starting values of a new preset or bulk change: everything the parent may use. */
export const UNRESTRICTED_ENTITLEMENTS: Entitlements = {
  voices: { mode: "all", ids: [] },
  soundTemplates: { mode: "all", ids: [] },
  voiceIntelligence: true,
  activities: [...ACTIVITIES],
};
