import type { Entitlements } from "@/lib/entitlements/schemas";

/** Summarizes a selection in a few words: "All voices", "Only 3 voices", "All but 2 voices". */
export function describeSelection(selection: Entitlements["voices"], singular: string, plural: string): string {
  const count = selection.ids.length;
  const noun = count === 1 ? singular : plural;
  if (selection.mode === "all") return `All ${plural}`;
  if (selection.mode === "allow") return count === 0 ? `No ${plural}` : `Only ${count} ${noun}`;
  return count === 0 ? `All ${plural}` : `All but ${count} ${noun}`;
}
