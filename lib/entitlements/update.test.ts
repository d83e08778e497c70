import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Database } from "@/lib/db/types";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createTree, ensureCatalog, keyContext } from "@/lib/testing/tenants";
import { createDeepTree, DEEP_TREE_DENIED } from "@/lib/testing/deep-tree";
import { getEntitlements, readOwnEntitlements, UNRESTRICTED } from "./read";
import { getChildEntitlements } from "./view";
import { updateChildEntitlements } from "./update";

const restricted = {
  voices: { mode: "allow", ids: ["aria", "guy", "aria"] },
  soundTemplates: { mode: "deny", ids: ["pulse"] },
  voiceIntelligence: false,
  activities: ["speech", "script"],
};

describe.each(testDatabases())("entitlements on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    await ensureCatalog(database.db);
    tree = await createTree(database.db, uniqueName("entitlements"));
  });
  afterAll(() => database.close());

  it("starts unrestricted", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    expect(await getEntitlements(database.db, context, tree.childB)).toEqual(UNRESTRICTED);
  });

  it("restricts a child org and writes an audit event", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const saved = await updateChildEntitlements(database.db, context, tree.childA.id, restricted);
    expect(saved.voices).toEqual({ mode: "allow", ids: ["aria", "guy"] });
    expect(saved.voiceIntelligence).toBe(false);
    const stored = await readOwnEntitlements(database.db, tree.childA.id);
    expect(stored.voices.ids).toEqual(["aria", "guy"]);
    expect(stored.soundTemplates).toEqual({ mode: "deny", ids: ["pulse"] });
    expect(stored.activities).toEqual(["speech", "script"]);
    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.targetOrgId, tree.childA.id));
    expect(audit.map((event) => event.action)).toContain("entitlements.update");
  });

  it("drops ids when the mode is all", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const saved = await updateChildEntitlements(database.db, context, tree.childB.id, {
      ...restricted,
      voices: { mode: "all", ids: ["aria"] },
    });
    expect(saved.voices).toEqual({ mode: "all", ids: [] });
  });

  it("rejects unknown voice ids and changes nothing", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const before = await readOwnEntitlements(database.db, tree.childA.id);
    await expect(
      updateChildEntitlements(database.db, context, tree.childA.id, {
        ...restricted,
        voices: { mode: "allow", ids: ["aria", "no-such-voice"] },
      }),
    ).rejects.toMatchObject({ status: 400, field: "voices.ids", message: expect.stringContaining("no-such-voice") });
    expect(await readOwnEntitlements(database.db, tree.childA.id)).toEqual(before);
  });

  it.each([
    ["unknown activity", { ...restricted, activities: ["teleport"] }],
    ["unknown mode", { ...restricted, voices: { mode: "some", ids: [] } }],
    ["missing voiceIntelligence", { ...restricted, voiceIntelligence: undefined }],
  ])("rejects %s with 400", async (_label, input) => {
    const context = await keyContext(database.db, tree.root, "admin");
    await expect(updateChildEntitlements(database.db, context, tree.childA.id, input)).rejects.toMatchObject({ status: 400 });
  });

  it("rejects a viewer with 403", async () => {
    const context = await keyContext(database.db, tree.root, "viewer");
    await expect(updateChildEntitlements(database.db, context, tree.childA.id, restricted)).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("entitlements.manage"),
    });
  });

  it("rejects an org of another tree with 404", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    await expect(updateChildEntitlements(database.db, context, tree.otherChild.id, restricted)).rejects.toMatchObject({
      status: 404,
    });
    expect(await readOwnEntitlements(database.db, tree.otherChild.id)).toEqual(UNRESTRICTED);
  });

  it("rejects a child org changing its own entitlements", async () => {
    const context = await keyContext(database.db, tree.childA, "owner");
    await expect(
      updateChildEntitlements(database.db, context, tree.childA.id, { ...restricted, voiceIntelligence: true }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe.each(testDatabases())("entitlements in a deep tree on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createDeepTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    await ensureCatalog(database.db);
    tree = await createDeepTree(database.db, uniqueName("deep update"));
  });
  afterAll(() => database.close());

  it("rejects an allow list naming a voice an ancestor removed", async () => {
    const context = await keyContext(database.db, tree.root, "admin", tree.mid);
    const before = await readOwnEntitlements(database.db, tree.leaf.id);
    const attempt = updateChildEntitlements(database.db, context, tree.leaf.id, {
      ...UNRESTRICTED,
      voices: { mode: "allow", ids: ["rachel", DEEP_TREE_DENIED.root.voice, DEEP_TREE_DENIED.mid.voice] },
    });
    await expect(attempt).rejects.toMatchObject({ status: 400, field: "voices.ids", code: "not_allowed_by_ancestor" });
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toContain(`${DEEP_TREE_DENIED.root.voice} (restricted at ${tree.root.name}, ${tree.root.id})`);
    expect(message).toContain(`${DEEP_TREE_DENIED.mid.voice} (restricted at ${tree.mid.name}, ${tree.mid.id})`);
    expect(await readOwnEntitlements(database.db, tree.leaf.id)).toEqual(before);
  });

  it("rejects a sound design allow list beyond the parent", async () => {
    const context = await keyContext(database.db, tree.root, "admin", tree.mid);
    await expect(
      updateChildEntitlements(database.db, context, tree.leaf.id, {
        ...UNRESTRICTED,
        soundTemplates: { mode: "allow", ids: [DEEP_TREE_DENIED.mid.soundTemplate] },
      }),
    ).rejects.toMatchObject({ status: 400, field: "soundTemplates.ids" });
  });

  it("accepts a deny list naming removed voices", async () => {
    const context = await keyContext(database.db, tree.root, "admin", tree.mid);
    const saved = await updateChildEntitlements(database.db, context, tree.leafSibling.id, {
      ...UNRESTRICTED,
      voices: { mode: "deny", ids: [DEEP_TREE_DENIED.root.voice, "adam"] },
    });
    expect(saved.voices.ids).toEqual([DEEP_TREE_DENIED.root.voice, "adam"]);
  });

  it("shows inherited restrictions as locked", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const view = await getChildEntitlements(database.db, context, tree.leaf.id);
    const restricted = new Map(view.effective.voices.restricted.map((item) => [item.id, item]));
    expect(restricted.get(DEEP_TREE_DENIED.root.voice)).toMatchObject({ orgId: tree.root.id, locked: true });
    expect(restricted.get(DEEP_TREE_DENIED.mid.voice)).toMatchObject({ orgId: tree.mid.id, locked: true });
    expect(restricted.get(DEEP_TREE_DENIED.leaf.voice)).toMatchObject({ orgId: tree.leaf.id, locked: false });
    expect(view.effective.voices.ids).not.toContain(DEEP_TREE_DENIED.mid.voice);
    expect(view.effective.activities.restricted.map((item) => item.id).sort()).toEqual(
      [DEEP_TREE_DENIED.root.activity, DEEP_TREE_DENIED.mid.activity, DEEP_TREE_DENIED.leaf.activity].sort(),
    );
  });

  it("hides the effective view of a parent from a child", async () => {
    const context = await keyContext(database.db, tree.leaf, "owner");
    await expect(getChildEntitlements(database.db, context, tree.mid.id)).rejects.toMatchObject({ status: 404 });
  });
});
