import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Database } from "@/lib/db/types";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createDeepTree, DEEP_TREE_DENIED } from "@/lib/testing/deep-tree";
import { createTree, ensureCatalog, insertOrg, keyContext } from "@/lib/testing/tenants";
import { decide } from "./decide";
import { linkChildToPreset, unlinkChildFromPreset } from "./preset-links";
import { getEntitlementPreset, listEntitlementPresets } from "./presets-read";
import { createEntitlementPreset, deleteEntitlementPreset, updateEntitlementPreset } from "./presets-write";
import { readOwnEntitlements, UNRESTRICTED } from "./read";
import { updateChildEntitlements } from "./update";
import { getChildEntitlements } from "./view";

const starter = (name: string) => ({
  ...UNRESTRICTED,
  name,
  voices: { mode: "allow" as const, ids: ["rachel", "adam"] },
  activities: ["speech", "script"],
});

describe.each(testDatabases())("entitlement presets on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    await ensureCatalog(database.db);
    tree = await createTree(database.db, uniqueName("presets"));
  });
  afterAll(() => database.close());

  it("creates, lists and reads a preset", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const name = uniqueName("Starter");
    const preset = await createEntitlementPreset(database.db, context, starter(name));
    expect(preset).toMatchObject({ name, ownerOrgId: tree.root.id, linkedOrgIds: [], activities: ["speech", "script"] });
    expect((await listEntitlementPresets(database.db, context)).map((item) => item.id)).toContain(preset.id);
    expect((await getEntitlementPreset(database.db, context, preset.id)).voices.ids).toEqual(["rachel", "adam"]);
  });

  it("rejects a duplicate name ignoring case with 409", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const name = uniqueName("Duplicate");
    await createEntitlementPreset(database.db, context, starter(name));
    await expect(createEntitlementPreset(database.db, context, starter(name.toUpperCase()))).rejects.toMatchObject({
      status: 409,
      code: "preset_name_taken",
    });
  });

  it("links, follows edits and unlinks keeping values", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const childA = await insertOrg(database.db, { name: uniqueName("linked A"), parent: tree.root });
    const childB = await insertOrg(database.db, { name: uniqueName("linked B"), parent: tree.root });
    const preset = await createEntitlementPreset(database.db, context, starter(uniqueName("Followed")));
    await linkChildToPreset(database.db, context, childA.id, { presetId: preset.id });
    await linkChildToPreset(database.db, context, childB.id, { presetId: preset.id });
    expect((await decide(database.db, childA, { activity: "speech", voice: "rachel" })).allowed).toBe(true);

    const edited = await updateEntitlementPreset(database.db, context, preset.id, {
      ...starter(preset.name),
      voices: { mode: "allow", ids: ["adam"] },
    });
    expect(edited.linkedOrgIds.sort()).toEqual([childA.id, childB.id].sort());
    for (const child of [childA, childB]) {
      expect((await readOwnEntitlements(database.db, child.id)).voices.ids).toEqual(["adam"]);
      const decision = await decide(database.db, child, { activity: "speech", voice: "rachel" });
      expect(decision.reasons[0]).toMatchObject({ code: "voice_not_allowed", orgId: child.id });
      const audit = await database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.targetOrgId, child.id), eq(auditEvents.action, "entitlements.update")));
      expect(audit).toHaveLength(1);
    }

    const unlinked = await unlinkChildFromPreset(database.db, context, childA.id);
    expect(unlinked).toMatchObject({ presetId: null, entitlements: { voices: { mode: "allow", ids: ["adam"] } } });
    await updateEntitlementPreset(database.db, context, preset.id, { ...starter(preset.name), voices: { mode: "all", ids: [] } });
    expect((await readOwnEntitlements(database.db, childA.id)).voices.ids).toEqual(["adam"]);
    expect((await readOwnEntitlements(database.db, childB.id)).voices.mode).toBe("all");
    expect((await getChildEntitlements(database.db, context, childB.id)).presetId).toBe(preset.id);
  });

  it("unlinks a child edited directly", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const child = await insertOrg(database.db, { name: uniqueName("edited"), parent: tree.root });
    const preset = await createEntitlementPreset(database.db, context, starter(uniqueName("Edited")));
    await linkChildToPreset(database.db, context, child.id, { presetId: preset.id });
    await updateChildEntitlements(database.db, context, child.id, UNRESTRICTED);
    expect((await getChildEntitlements(database.db, context, child.id)).presetId).toBeNull();
  });

  it("keeps values of linked orgs when deleted", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const child = await insertOrg(database.db, { name: uniqueName("kept"), parent: tree.root });
    const preset = await createEntitlementPreset(database.db, context, starter(uniqueName("Deleted")));
    await linkChildToPreset(database.db, context, child.id, { presetId: preset.id });
    await deleteEntitlementPreset(database.db, context, preset.id);
    const view = await getChildEntitlements(database.db, context, child.id);
    expect(view.presetId).toBeNull();
    expect(view.entitlements.voices.ids).toEqual(["rachel", "adam"]);
    await expect(getEntitlementPreset(database.db, context, preset.id)).rejects.toMatchObject({ status: 404 });
  });

  it("rejects linking an org of another tree with 404", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const preset = await createEntitlementPreset(database.db, context, starter(uniqueName("Foreign link")));
    await expect(linkChildToPreset(database.db, context, tree.otherChild.id, { presetId: preset.id })).rejects.toMatchObject({ status: 404 });
    expect(await readOwnEntitlements(database.db, tree.otherChild.id)).toEqual(UNRESTRICTED);
  });

  it("hides presets from another tree", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const other = await keyContext(database.db, tree.otherRoot, "admin");
    const preset = await createEntitlementPreset(database.db, context, starter(uniqueName("Private")));
    await expect(getEntitlementPreset(database.db, other, preset.id)).rejects.toMatchObject({ status: 404 });
    await expect(linkChildToPreset(database.db, other, tree.otherChild.id, { presetId: preset.id })).rejects.toMatchObject({ status: 404 });
    await expect(updateEntitlementPreset(database.db, other, preset.id, starter("Taken over"))).rejects.toMatchObject({ status: 404 });
    await expect(deleteEntitlementPreset(database.db, other, preset.id)).rejects.toMatchObject({ status: 404 });
    expect((await listEntitlementPresets(database.db, other)).map((item) => item.id)).not.toContain(preset.id);
  });

  it("hides a sibling's presets from a child org", async () => {
    const siblingContext = await keyContext(database.db, tree.childB, "owner");
    const rootContext = await keyContext(database.db, tree.root, "admin");
    const preset = await createEntitlementPreset(database.db, rootContext, starter(uniqueName("Sibling")));
    await expect(getEntitlementPreset(database.db, siblingContext, preset.id)).rejects.toMatchObject({ status: 404 });
  });

  it("rejects a viewer with 403", async () => {
    const context = await keyContext(database.db, tree.root, "viewer");
    await expect(createEntitlementPreset(database.db, context, starter("Viewer"))).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("entitlements.manage"),
    });
  });

  it("rejects a preset from an org that is not a super org", async () => {
    const context = await keyContext(database.db, tree.childA, "owner");
    await expect(createEntitlementPreset(database.db, context, starter("Child"))).rejects.toMatchObject({ status: 403, code: "not_a_super_org" });
  });

  it.each([
    ["unknown voice", { voices: { mode: "allow", ids: ["nobody"] } }, "voices.ids"],
    ["unknown activity", { activities: ["teleport"] }, "activities.0"],
    ["blank name", { name: "  " }, "name"],
  ])("rejects %s with 400", async (_label, change, field) => {
    const context = await keyContext(database.db, tree.root, "admin");
    await expect(createEntitlementPreset(database.db, context, { ...starter(uniqueName("Bad")), ...change })).rejects.toMatchObject({
      status: 400,
      field,
    });
  });
});

describe.each(testDatabases())("presets in a deep tree on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createDeepTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    await ensureCatalog(database.db);
    tree = await createDeepTree(database.db, uniqueName("deep presets"));
  });
  afterAll(() => database.close());

  it("rejects a preset allowing what the owner may not use", async () => {
    const context = await keyContext(database.db, tree.mid, "admin");
    const attempt = createEntitlementPreset(database.db, context, {
      ...starter(uniqueName("Too wide")),
      voices: { mode: "allow", ids: ["rachel", DEEP_TREE_DENIED.root.voice] },
    });
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      code: "not_allowed_by_ancestor",
      message: expect.stringContaining(tree.root.id),
    });
  });

  it("links a grandchild through an assumed super org", async () => {
    const context = await keyContext(database.db, tree.root, "admin", tree.mid);
    const preset = await createEntitlementPreset(database.db, context, starter(uniqueName("Mid preset")));
    const link = await linkChildToPreset(database.db, context, tree.leafSibling.id, { presetId: preset.id });
    expect(link.presetId).toBe(preset.id);
    const decision = await decide(database.db, tree.leafSibling, { activity: "sound" });
    expect(decision.reasons[0]).toMatchObject({ code: "activity_not_allowed", orgId: tree.leafSibling.id });
  });
});
