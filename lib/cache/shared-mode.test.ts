import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/types";

// Shared mode is read when tree-cache.ts loads, so it is set before the dynamic imports below.
process.env.TREE_CACHE_MODE = "shared";

const { roleRestrictions } = await import("@/db/schema");
const { contextForUser } = await import("@/lib/auth/user-context");
const { contextFromApiKey } = await import("@/lib/auth/api-key-context");
const { insertApiKey } = await import("@/lib/api-keys/create");
const { bumpTreeVersion, isSharedMode } = await import("./tree-cache");
const { testDatabases, uniqueName } = await import("@/lib/testing/databases");
const { createTree, insertUser } = await import("@/lib/testing/tenants");
// Later test files may run in this worker process; they load their own copy in the default mode.
delete process.env.TREE_CACHE_MODE;

describe.each(testDatabases())("shared cache mode on $name", (testDatabase) => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase.open();
  });
  afterAll(() => database.close());

  it("applies another process's role restriction to a console user", async () => {
    expect(isSharedMode()).toBe(true);
    const tree = await createTree(database.db, uniqueName("shared"));
    const developer = await insertUser(database.db, tree.childA, "developer");
    const context = () => contextForUser(database.db, developer, tree.childA.id, randomUUID());
    expect((await context()).permissions.has("apiKeys.manage")).toBe(true);
    expect((await context()).permissions.has("apiKeys.manage")).toBe(true);

    // What another process's writeTreeChange leaves behind: the row and a new tree version,
    // but no invalidation of this process's caches.
    await database.db.transaction(async (tx) => {
      await tx.insert(roleRestrictions).values({ orgId: tree.childA.id, allowedRoles: ["owner", "admin"], permissionCeiling: null });
      await bumpTreeVersion(tx, tree.root.id);
    });
    expect((await context()).permissions.size).toBe(0);
  });

  it("applies another process's role restriction to an API key", async () => {
    const tree = await createTree(database.db, uniqueName("shared key"));
    const { key } = await insertApiKey(database.db, { orgId: tree.childA.id, name: "shared", role: "developer" });
    const context = () => contextFromApiKey(database.db, { apiKey: key, assumeOrg: undefined }, randomUUID());
    expect((await context()).permissions.has("apiKeys.manage")).toBe(true);
    expect((await context()).permissions.has("apiKeys.manage")).toBe(true);

    await database.db.transaction(async (tx) => {
      await tx.insert(roleRestrictions).values({ orgId: tree.childA.id, allowedRoles: ["owner", "admin"], permissionCeiling: null });
      await bumpTreeVersion(tx, tree.root.id);
    });
    expect((await context()).permissions.size).toBe(0);
  });
});
