import { ENTITLEMENT_FIELDS, type EntitlementField } from "@/lib/entitlements/schemas";

/** The name of each part of the entitlements, as it reads in a sentence. */
export const PART_NAMES: Record<EntitlementField, string> = {
  voiceIntelligence: "Voice Intelligence",
  voices: "voices",
  soundTemplates: "sound designs",
  activities: "activities",
};

/** Lists the parts in form order: "Voice Intelligence, voices and activities". */
export function listParts(parts: ReadonlySet<EntitlementField>): string {
  const names = ENTITLEMENT_FIELDS.filter((part) => parts.has(part)).map((part) => PART_NAMES[part]);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Returns the parts in the order the API documents them. */
export function orderedParts(parts: ReadonlySet<EntitlementField>): EntitlementField[] {
  return ENTITLEMENT_FIELDS.filter((part) => parts.has(part));
}
