import { describe, expect, it } from "vitest";
import { listParts, orderedParts } from "./bulk-parts";

describe("listParts", () => {
  it.each([
    [[], ""],
    [["voices"], "voices"],
    [["activities", "voiceIntelligence"], "Voice Intelligence and activities"],
    [["soundTemplates", "voices", "voiceIntelligence"], "Voice Intelligence, voices and sound designs"],
  ] as const)("lists %j as %j", (parts, text) => {
    expect(listParts(new Set(parts))).toBe(text);
  });

  it("orders parts as the API documents them", () => {
    expect(orderedParts(new Set(["activities", "voices"]))).toEqual(["voices", "activities"]);
  });
});
