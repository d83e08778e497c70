import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, orgs } from "@/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createTree, keyContext } from "@/lib/testing/tenants";
import { getChildOrg, listChildOrgs } from "./child-orgs";
import { createChildOrg } from "./create-child-org";
import { setChildOrgStatus } from "./set-org-status";

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
  return 200;
}

describe.each(testDatabases())("child orgs on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    tree = await createTree(database.db, uniqueName("child orgs"));
  });
  afterAll(() => database.close());

  it("lists only direct children of the acting org", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const children = await listChildOrgs(database.db, context);
    expect(children.map((child) => child.id).sort()).toEqual(
      [tree.childA.id, tree.childB.id, tree.suspended.id].sort(),
    );
    expect(children.every((child) => child.usage.credits === "0")).toBe(true);
  });

  it("creates a child org with an audit event", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const name = uniqueName("New child");
    const child = await createChildOrg(database.db, context, { orgName: `  ${name} ` });
    expect(child.name).toBe(name);
    expect(child.parentId).toBe(tree.root.id);
    expect(child.ancestorIds).toEqual([tree.root.id]);
    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.targetOrgId, child.id));
    expect(audit.map((event) => event.action)).toEqual(["childOrg.create"]);
  });

  it("rejects a duplicate sibling name ignoring case", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    await expect(createChildOrg(database.db, context, { orgName: tree.childA.name.toUpperCase() })).rejects.toMatchObject({
      status: 409,
      field: "orgName",
    });
  });

  it("allows the same name under another parent", async () => {
    const context = await keyContext(database.db, tree.otherRoot, "admin");
    const child = await createChildOrg(database.db, context, { orgName: tree.childA.name });
    expect(child.parentId).toBe(tree.otherRoot.id);
  });

  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["81 characters", "x".repeat(81)],
    ["a number", 42],
  ])("rejects a %s name with 400", async (_label, orgName) => {
    const context = await keyContext(database.db, tree.root, "admin");
    await expect(createChildOrg(database.db, context, { orgName })).rejects.toMatchObject({ status: 400, field: "orgName" });
  });

  it("accepts an 80-character name", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const name = `${uniqueName("long")}${"y".repeat(80)}`.slice(0, 80);
    const child = await createChildOrg(database.db, context, { orgName: name });
    expect(child.name).toHaveLength(80);
  });

  it("rejects creating under an org that is not a super org", async () => {
    const context = await keyContext(database.db, tree.childA, "owner");
    await expect(createChildOrg(database.db, context, { orgName: "Nested" })).rejects.toMatchObject({
      status: 403,
      code: "not_a_super_org",
    });
  });

  it("rejects creating as a viewer", async () => {
    const context = await keyContext(database.db, tree.root, "viewer");
    await expect(createChildOrg(database.db, context, { orgName: "Viewer child" })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining("childOrgs.manage"),
    });
  });

  it("hides orgs of another tree", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    expect(await statusOf(getChildOrg(database.db, context, tree.otherChild.id))).toBe(404);
    expect(await statusOf(setChildOrgStatus(database.db, context, tree.otherChild.id, { status: "suspended" }))).toBe(404);
    const [other] = await database.db.select().from(orgs).where(eq(orgs.id, tree.otherChild.id));
    expect(other?.status).toBe("active");
  });

  it("hides a sibling from a child org admin", async () => {
    const context = await keyContext(database.db, tree.childA, "admin");
    expect(await statusOf(getChildOrg(database.db, context, tree.childB.id))).toBe(404);
  });

  it("suspends and reactivates a child org", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const child = await createChildOrg(database.db, context, { orgName: uniqueName("to suspend") });
    const suspended = await setChildOrgStatus(database.db, context, child.id, { status: "suspended" });
    expect(suspended.status).toBe("suspended");
    const active = await setChildOrgStatus(database.db, context, child.id, { status: "active" });
    expect(active.status).toBe("active");
    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.targetOrgId, child.id));
    expect(audit.map((event) => event.action).sort()).toEqual(["childOrg.create", "childOrg.reactivate", "childOrg.suspend"]);
  });

  it("rejects an unknown status with 400", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    expect(await statusOf(setChildOrgStatus(database.db, context, tree.childA.id, { status: "deleted" }))).toBe(400);
  });
});
