import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVITIES } from "@/lib/catalog/activities";
import type { Org } from "@/lib/context";
import type { Database } from "@/lib/db/types";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createDeepTree, DEEP_TREE_DENIED } from "@/lib/testing/deep-tree";
import { ensureCatalog, insertOrg } from "@/lib/testing/tenants";
import { computeEffective, loadEffectiveEntitlements } from "./effective";
import { UNRESTRICTED } from "./read";

const catalog = { voiceIds: new Set(["a", "b", "c", "d"]), soundTemplateIds: new Set(["s1", "s2"]) };

function org(id: string, status: Org["status"] = "active"): Org {
  return { id, name: `Org ${id}`, parentId: null, rootId: "r", ancestorIds: [], canHaveChildren: true, status, createdAt: new Date(0) };
}

describe("computeEffective", () => {
  it("allows everything without rows", () => {
    const effective = computeEffective([{ org: org("r"), own: null }], catalog);
    expect([...effective.voices.allowed]).toEqual(["a", "b", "c", "d"]);
    expect([...effective.activities.allowed]).toEqual([...ACTIVITIES]);
    expect(effective.voiceIntelligence).toEqual({ allowed: true, restrictedBy: null });
    expect(effective.suspendedBy).toBeNull();
  });

  it("intersects allow and deny lists", () => {
    const effective = computeEffective(
      [
        { org: org("r"), own: { ...UNRESTRICTED, voices: { mode: "allow", ids: ["a", "b", "c"] } } },
        { org: org("m"), own: { ...UNRESTRICTED, voices: { mode: "deny", ids: ["b"] } } },
        { org: org("l"), own: { ...UNRESTRICTED, voices: { mode: "allow", ids: ["a", "b", "d"] } } },
      ],
      catalog,
    );
    expect([...effective.voices.allowed]).toEqual(["a"]);
    expect(effective.voices.restrictedBy.get("d")?.orgId).toBe("r");
    expect(effective.voices.restrictedBy.get("b")?.orgId).toBe("m");
    expect(effective.voices.restrictedBy.get("c")?.orgId).toBe("l");
  });

  it("names the org nearest the root", () => {
    const deny = { ...UNRESTRICTED, voices: { mode: "deny" as const, ids: ["a"] }, voiceIntelligence: false };
    const effective = computeEffective([{ org: org("r"), own: deny }, { org: org("m"), own: deny }], catalog);
    expect(effective.voices.restrictedBy.get("a")?.orgId).toBe("r");
    expect(effective.voiceIntelligence.restrictedBy?.orgId).toBe("r");
  });

  it("narrows activities at any depth", () => {
    const path = Array.from({ length: 6 }, (_, depth) => ({
      org: org(`o${depth}`),
      own: { ...UNRESTRICTED, activities: ACTIVITIES.filter((activity) => activity !== ACTIVITIES[depth]) },
    }));
    const effective = computeEffective(path, catalog);
    expect(effective.activities.allowed.size).toBe(ACTIVITIES.length - 6);
    expect(effective.activities.restrictedBy.get(ACTIVITIES[5] ?? "")?.orgId).toBe("o5");
  });

  it("records the first suspended org", () => {
    const effective = computeEffective([{ org: org("r") , own: null }, { org: org("m", "suspended"), own: null }, { org: org("l", "suspended"), own: null }], catalog);
    expect(effective.suspendedBy?.orgId).toBe("m");
  });
});

describe.each(testDatabases())("effective entitlements on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createDeepTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    await ensureCatalog(database.db);
    tree = await createDeepTree(database.db, uniqueName("effective"));
  });
  afterAll(() => database.close());

  it("applies the deny list of every level to the leaf", async () => {
    const effective = await loadEffectiveEntitlements(database.db, tree.leaf);
    for (const [level, org] of [["root", tree.root], ["mid", tree.mid], ["leaf", tree.leaf]] as const) {
      const denied = DEEP_TREE_DENIED[level];
      expect(effective.voices.allowed.has(denied.voice)).toBe(false);
      expect(effective.voices.restrictedBy.get(denied.voice)).toEqual({ orgId: org.id, orgName: org.name });
      expect(effective.soundTemplates.restrictedBy.get(denied.soundTemplate)?.orgId).toBe(org.id);
      expect(effective.activities.restrictedBy.get(denied.activity)?.orgId).toBe(org.id);
    }
    expect(effective.voices.allowed.has("rachel")).toBe(true);
  });

  it("leaves lower levels out of the mid org", async () => {
    const effective = await loadEffectiveEntitlements(database.db, tree.mid);
    expect(effective.voices.allowed.has(DEEP_TREE_DENIED.leaf.voice)).toBe(true);
    expect(effective.voices.allowed.has(DEEP_TREE_DENIED.mid.voice)).toBe(false);
  });

  it("passes restrictions to a new great-grandchild", async () => {
    const below = await insertOrg(database.db, { name: uniqueName("below leaf"), parent: tree.leaf });
    const effective = await loadEffectiveEntitlements(database.db, below);
    expect(effective.voices.restrictedBy.get(DEEP_TREE_DENIED.root.voice)?.orgId).toBe(tree.root.id);
    expect(effective.activities.allowed.has(DEEP_TREE_DENIED.leaf.activity)).toBe(false);
  });
});
