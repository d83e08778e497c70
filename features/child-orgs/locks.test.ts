import { describe, expect, it } from "vitest";
import type { EffectiveView } from "@/lib/entitlements/view";
import { childLocks, countLockedInAllowLists, lockExplanation, lockLabel, parentLocks, toLock, unlockedIds, withoutLockedIds } from "./locks";

const path = [
  { orgId: "root", orgName: "Acme" },
  { orgId: "mid", orgName: "Initech" },
  { orgId: "leaf", orgName: "Leaf Radio" },
];

const view: EffectiveView = {
  voices: {
    ids: ["v3"],
    restricted: [
      { id: "v1", orgId: "mid", orgName: "Initech", locked: true },
      { id: "v2", orgId: "leaf", orgName: "Leaf Radio", locked: false },
    ],
  },
  soundTemplates: { ids: ["s1"], restricted: [] },
  voiceIntelligence: { allowed: false, restrictedBy: { orgId: "mid", orgName: "Initech", locked: true } },
  activities: { ids: ["speech"], restricted: [{ id: "lexi", orgId: "leaf", orgName: "Leaf Radio", locked: false }] },
};

describe("toLock", () => {
  it("names the parent as the setter", () => {
    expect(toLock({ orgId: "mid", orgName: "Initech" }, path).setByName).toBe("Acme");
  });

  it("names a root as its own setter", () => {
    expect(toLock({ orgId: "root", orgName: "Acme" }, path).setByName).toBe("Acme");
  });
});

describe("childLocks", () => {
  it("locks only what an ancestor removed", () => {
    const locks = childLocks(view, path);
    expect(Object.keys(locks.voices)).toEqual(["v1"]);
    expect(locks.activities).toEqual({});
    expect(locks.voiceIntelligence?.orgName).toBe("Initech");
  });
});

describe("parentLocks", () => {
  it("locks everything the parent may not use", () => {
    const locks = parentLocks(view, path);
    expect(Object.keys(locks.voices).sort()).toEqual(["v1", "v2"]);
    expect(Object.keys(locks.activities)).toEqual(["lexi"]);
  });
});

describe("lock texts", () => {
  it("name who removed the item and where", () => {
    const lock = toLock({ orgId: "mid", orgName: "Initech" }, path);
    expect(lockLabel(lock)).toBe("Restricted by Acme");
    expect(lockExplanation(lock)).toBe("Removed by Acme from Initech and every org below it.");
  });

  it("explain a root's own restriction", () => {
    expect(lockExplanation(toLock({ orgId: "root", orgName: "Acme" }, path))).toContain("the root org");
  });
});

describe("withoutLockedIds", () => {
  const locks = childLocks(view, path);

  it("drops locked ids from allow lists", () => {
    const value = {
      voices: { mode: "allow" as const, ids: ["v1", "v3"] },
      soundTemplates: { mode: "all" as const, ids: [] },
      voiceIntelligence: true,
      activities: [],
    };
    expect(withoutLockedIds(value, locks).voices.ids).toEqual(["v3"]);
    expect(countLockedInAllowLists(value, locks)).toBe(1);
  });

  it("keeps deny lists unchanged", () => {
    const value = {
      voices: { mode: "deny" as const, ids: ["v1"] },
      soundTemplates: { mode: "all" as const, ids: [] },
      voiceIntelligence: true,
      activities: [],
    };
    expect(withoutLockedIds(value, locks).voices.ids).toEqual(["v1"]);
    expect(countLockedInAllowLists(value, locks)).toBe(0);
  });
});

describe("unlockedIds", () => {
  it("keeps catalog order without locked ids", () => {
    expect(unlockedIds(["v1", "v2", "v3"], childLocks(view, path).voices)).toEqual(["v2", "v3"]);
  });
});
