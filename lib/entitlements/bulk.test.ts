import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Database } from "@/lib/db/types";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createDeepTree, DEEP_TREE_DENIED } from "@/lib/testing/deep-tree";
import { createTree, ensureCatalog, insertOrg, keyContext } from "@/lib/testing/tenants";
import { applyEntitlementsToChildren } from "./bulk";
import { readOwnEntitlements, UNRESTRICTED } from "./read";

const narrow = { ...UNRESTRICTED, voices: { mode: "deny" as const, ids: ["bella"] }, voiceIntelligence: false };

describe.each(testDatabases())("bulk entitlements on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    await ensureCatalog(database.db);
    tree = await createTree(database.db, uniqueName("bulk"));
  });
  afterAll(() => database.close());

  it("changes every named child with one audit event each", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const children = [
      await insertOrg(database.db, { name: uniqueName("bulk 1"), parent: tree.root }),
      await insertOrg(database.db, { name: uniqueName("bulk 2"), parent: tree.root }),
    ];
    const ids = children.map((child) => child.id);
    const result = await applyEntitlementsToChildren(database.db, context, { childOrgIds: [...ids, ids[0]], entitlements: narrow });
    expect(result.orgIds).toEqual(ids);
    for (const id of ids) expect(await readOwnEntitlements(database.db, id)).toEqual(narrow);
    const audit = await database.db
      .select()
      .from(auditEvents)
      .where(and(inArray(auditEvents.targetOrgId, ids), eq(auditEvents.action, "entitlements.update")));
    expect(audit).toHaveLength(2);
  });

  it("applies only the named fields and keeps each org's others", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const first = await insertOrg(database.db, { name: uniqueName("partial 1"), parent: tree.root });
    const second = await insertOrg(database.db, { name: uniqueName("partial 2"), parent: tree.root });
    const firstVoices = { mode: "allow" as const, ids: ["aria", "sonia"] };
    await applyEntitlementsToChildren(database.db, context, { childOrgIds: [first.id], entitlements: { ...UNRESTRICTED, voices: firstVoices } });
    await applyEntitlementsToChildren(database.db, context, { childOrgIds: [second.id], entitlements: { ...UNRESTRICTED, activities: ["speech"] } });

    await applyEntitlementsToChildren(database.db, context, {
      childOrgIds: [first.id, second.id],
      entitlements: { ...UNRESTRICTED, voiceIntelligence: false },
      fields: ["voiceIntelligence"],
    });
    expect(await readOwnEntitlements(database.db, first.id)).toEqual({ ...UNRESTRICTED, voices: firstVoices, voiceIntelligence: false });
    expect(await readOwnEntitlements(database.db, second.id)).toEqual({ ...UNRESTRICTED, activities: ["speech"], voiceIntelligence: false });
  });

  it.each([
    ["an unknown field", ["voices", "colour"]],
    ["an empty list", []],
  ])("rejects fields with %s", async (_label, fields) => {
    const context = await keyContext(database.db, tree.root, "admin");
    const child = await insertOrg(database.db, { name: uniqueName("bad fields"), parent: tree.root });
    const attempt = applyEntitlementsToChildren(database.db, context, { childOrgIds: [child.id], entitlements: narrow, fields });
    await expect(attempt).rejects.toMatchObject({ status: 400 });
    expect(await readOwnEntitlements(database.db, child.id)).toEqual(UNRESTRICTED);
  });

  it("changes nothing when one id is in another tree", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const child = await insertOrg(database.db, { name: uniqueName("bulk kept"), parent: tree.root });
    const attempt = applyEntitlementsToChildren(database.db, context, { childOrgIds: [child.id, tree.otherChild.id], entitlements: narrow });
    await expect(attempt).rejects.toMatchObject({ status: 404 });
    await attempt.catch((error: Error) => expect(error.message).not.toContain(tree.otherChild.id));
    expect(await readOwnEntitlements(database.db, child.id)).toEqual(UNRESTRICTED);
    expect(await readOwnEntitlements(database.db, tree.otherChild.id)).toEqual(UNRESTRICTED);
  });

  it("answers unknown and foreign ids alike", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const unknown = applyEntitlementsToChildren(database.db, context, { childOrgIds: [randomUUID()], entitlements: narrow });
    const foreign = applyEntitlementsToChildren(database.db, context, { childOrgIds: [tree.otherChild.id], entitlements: narrow });
    const messages = await Promise.all([unknown, foreign].map((attempt) => attempt.catch((error: Error) => error.message)));
    expect(messages[0]).toBe(messages[1]);
  });

  it("rejects the acting org itself with 404", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    await expect(applyEntitlementsToChildren(database.db, context, { childOrgIds: [tree.root.id], entitlements: narrow })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("rejects a sibling from a child org admin", async () => {
    const context = await keyContext(database.db, tree.childA, "admin");
    await expect(applyEntitlementsToChildren(database.db, context, { childOrgIds: [tree.childB.id], entitlements: narrow })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("rejects a viewer with 403", async () => {
    const context = await keyContext(database.db, tree.root, "viewer");
    await expect(applyEntitlementsToChildren(database.db, context, { childOrgIds: [tree.childA.id], entitlements: narrow })).rejects.toMatchObject({
      status: 403,
    });
  });

  it.each([
    ["no ids", { childOrgIds: [], entitlements: narrow }, "childOrgIds"],
    ["501 ids", { childOrgIds: Array.from({ length: 501 }, () => randomUUID()), entitlements: narrow }, "childOrgIds"],
    ["an unknown voice", { childOrgIds: ["x"], entitlements: { ...narrow, voices: { mode: "deny", ids: ["nobody"] } } }, "voices.ids"],
  ])("rejects %s with 400", async (_label, input, field) => {
    const context = await keyContext(database.db, tree.root, "admin");
    const children = [await insertOrg(database.db, { name: uniqueName("bulk 400"), parent: tree.root })];
    const body = field === "voices.ids" ? { ...input, childOrgIds: children.map((child) => child.id) } : input;
    await expect(applyEntitlementsToChildren(database.db, context, body)).rejects.toMatchObject({ status: 400, field });
  });
});

describe.each(testDatabases())("bulk entitlements in a deep tree on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createDeepTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    await ensureCatalog(database.db);
    tree = await createDeepTree(database.db, uniqueName("deep bulk"));
  });
  afterAll(() => database.close());

  it("changes nothing when one child's parent lacks a voice", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const body = { childOrgIds: [tree.mid.id, tree.leaf.id], entitlements: { ...UNRESTRICTED, voices: { mode: "allow", ids: [DEEP_TREE_DENIED.mid.voice] } } };
    await expect(applyEntitlementsToChildren(database.db, context, body)).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining(tree.mid.id),
    });
    expect((await readOwnEntitlements(database.db, tree.mid.id)).voices.ids).toEqual([DEEP_TREE_DENIED.mid.voice]);
    expect((await readOwnEntitlements(database.db, tree.mid.id)).voices.mode).toBe("deny");
  });
});
