import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { createTree, insertOrg, keyContext } from "@/lib/testing/tenants";
import { testDatabases } from "@/lib/testing/databases";

async function rejection(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a rejection");
}

describe.each(testDatabases())("assume on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    tree = await createTree(database.db, "assume");
  });
  afterAll(() => database.close());

  it("acts as the home org without the header", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    expect(context.actingOrg.id).toBe(tree.root.id);
    expect(context.homeOrg.id).toBe(tree.root.id);
  });

  it("assumes a child org", async () => {
    const context = await keyContext(database.db, tree.root, "admin", tree.childA);
    expect(context.actingOrg.id).toBe(tree.childA.id);
    expect(context.homeOrg.id).toBe(tree.root.id);
  });

  it("assumes a grandchild org", async () => {
    const grandchild = await insertOrg(database.db, { name: "assume grandchild", parent: tree.childA });
    const context = await keyContext(database.db, tree.root, "admin", grandchild);
    expect(context.actingOrg.id).toBe(grandchild.id);
  });

  it("rejects assume into sibling org with 404", async () => {
    const error = await rejection(keyContext(database.db, tree.childA, "admin", tree.childB));
    expect(error.status).toBe(404);
  });

  it("rejects assume into parent org with 404", async () => {
    const error = await rejection(keyContext(database.db, tree.childA, "admin", tree.root));
    expect(error.status).toBe(404);
  });

  it("answers another tree and an unknown id alike", async () => {
    const other = await rejection(keyContext(database.db, tree.root, "admin", tree.otherChild));
    const unknownId = "0b0b0b0b-0000-4000-8000-000000000000";
    const unknown = await rejection(
      keyContext(database.db, tree.root, "admin", { ...tree.otherChild, id: unknownId }),
    );
    expect(other.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(other.code).toBe(unknown.code);
    expect(other.message.replace(tree.otherChild.id, "<id>")).toBe(unknown.message.replace(unknownId, "<id>"));
  });

  it("rejects a malformed org id with 400", async () => {
    const error = await rejection(keyContext(database.db, tree.root, "admin", { ...tree.childA, id: "not-an-id" }));
    expect(error.status).toBe(400);
    expect(error.message).toContain("x-assume-org");
  });

  it("rejects an empty org id with 400", async () => {
    const error = await rejection(keyContext(database.db, tree.root, "admin", { ...tree.childA, id: "" }));
    expect(error.status).toBe(400);
  });

  it("rejects assume into suspended child with 403", async () => {
    const error = await rejection(keyContext(database.db, tree.root, "admin", tree.suspended));
    expect(error.status).toBe(403);
    expect(error.code).toBe("org_suspended");
  });

  it("rejects a child below a suspended org with 403", async () => {
    const below = await insertOrg(database.db, { name: "below suspended", parent: tree.suspended });
    const error = await rejection(keyContext(database.db, tree.root, "admin", below));
    expect(error.status).toBe(403);
  });

  it("rejects assume without orgs.assume", async () => {
    const error = await rejection(keyContext(database.db, tree.root, "viewer", tree.childA));
    expect(error.status).toBe(403);
    expect(error.message).toContain("orgs.assume");
  });

  it("rejects keys of an org below a suspended org", async () => {
    const below = await insertOrg(database.db, { name: "keys below suspended", parent: tree.suspended });
    const error = await rejection(keyContext(database.db, below, "admin"));
    expect(error.status).toBe(403);
    expect(error.code).toBe("org_suspended");
  });

  it("rejects keys of a suspended org", async () => {
    const error = await rejection(keyContext(database.db, tree.suspended, "admin"));
    expect(error.status).toBe(403);
  });
});
