import { describe, expect, it } from "vitest";
import type { Entitlements } from "@/lib/entitlements/schemas";
import { allowedIds, changeMode, findRemovals, hasRemovals, sameEntitlements } from "./entitlement-changes";

const catalog = { voiceIds: ["aria", "guy", "jenny", "hans"], soundTemplateIds: ["calm", "epic"] };
const everything: Entitlements = {
  voices: { mode: "all", ids: [] },
  soundTemplates: { mode: "all", ids: [] },
  voiceIntelligence: true,
  activities: ["script", "speech", "voiceIntelligence"],
};

describe("allowedIds", () => {
  it("allows the whole catalog in all mode", () => {
    expect([...allowedIds({ mode: "all", ids: ["aria"] }, catalog.voiceIds)]).toEqual(catalog.voiceIds);
  });
  it("allows only listed ids in allow mode", () => {
    expect([...allowedIds({ mode: "allow", ids: ["guy", "unknown"] }, catalog.voiceIds)]).toEqual(["guy"]);
  });
  it("allows unlisted ids in deny mode", () => {
    expect([...allowedIds({ mode: "deny", ids: ["guy"] }, catalog.voiceIds)]).toEqual(["aria", "jenny", "hans"]);
  });
});

describe("findRemovals", () => {
  it("finds nothing when access only grows", () => {
    const before: Entitlements = { ...everything, voices: { mode: "allow", ids: ["aria"] }, voiceIntelligence: false };
    expect(hasRemovals(findRemovals(before, everything, catalog))).toBe(false);
  });

  it("names narrowed voices, Voice Intelligence and activities", () => {
    const after: Entitlements = {
      ...everything,
      voices: { mode: "allow", ids: ["aria", "guy"] },
      voiceIntelligence: false,
      activities: ["script"],
    };
    const removals = findRemovals(everything, after, catalog);
    expect(removals.voiceIds).toEqual(["jenny", "hans"]);
    expect(removals.voiceIntelligence).toBe(true);
    expect(removals.activities).toEqual(["speech", "voiceIntelligence"]);
    expect(removals.soundTemplateIds).toEqual([]);
  });

  it("counts a wider deny list as a removal", () => {
    const before: Entitlements = { ...everything, soundTemplates: { mode: "deny", ids: ["calm"] } };
    const after: Entitlements = { ...everything, soundTemplates: { mode: "deny", ids: ["calm", "epic"] } };
    expect(findRemovals(before, after, catalog).soundTemplateIds).toEqual(["epic"]);
  });
});

describe("changeMode", () => {
  it("inverts the list between allow and deny", () => {
    expect(changeMode({ mode: "allow", ids: ["aria"] }, "deny", catalog.voiceIds)).toEqual({
      mode: "deny",
      ids: ["guy", "jenny", "hans"],
    });
  });
  it("keeps the list when switching to all", () => {
    expect(changeMode({ mode: "allow", ids: ["aria"] }, "all", catalog.voiceIds)).toEqual({ mode: "all", ids: ["aria"] });
  });
});

describe("sameEntitlements", () => {
  it("ignores lists in all mode and the order of ids", () => {
    const a: Entitlements = { ...everything, voices: { mode: "all", ids: ["aria"] }, activities: ["speech", "script", "voiceIntelligence"] };
    expect(sameEntitlements(a, everything)).toBe(true);
  });
  it("sees a changed switch", () => {
    expect(sameEntitlements({ ...everything, voiceIntelligence: false }, everything)).toBe(false);
  });
});
