import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Database } from "@/lib/db/types";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createTree, ensureCatalog, keyContext } from "@/lib/testing/tenants";
import { getEntitlements, readOwnEntitlements, UNRESTRICTED } from "./read";
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
