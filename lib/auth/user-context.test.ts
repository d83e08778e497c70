import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/types";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createTree, insertUser } from "@/lib/testing/tenants";
import { verifyCredentials } from "./credentials";
import { signUp } from "./signup";
import { contextForUser, listSwitchableOrgs } from "./user-context";

describe.each(testDatabases())("console context on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    tree = await createTree(database.db, uniqueName("console"));
  });
  afterAll(() => database.close());

  it("acts as a child org from the super org", async () => {
    const user = await insertUser(database.db, tree.root, "owner");
    const context = await contextForUser(database.db, user, tree.childA.id, randomUUID());
    expect(context.actingOrg.id).toBe(tree.childA.id);
    expect(context.homeOrg.id).toBe(tree.root.id);
    expect(context.role).toBe("owner");
  });

  it("lists the own org and every descendant", async () => {
    const user = await insertUser(database.db, tree.root, "admin");
    const switchable = await listSwitchableOrgs(database.db, user.userId);
    expect(switchable.map((org) => org.id)).toEqual(
      expect.arrayContaining([tree.root.id, tree.childA.id, tree.childB.id, tree.suspended.id]),
    );
    expect(switchable).toHaveLength(4);
    expect(switchable[0]).toMatchObject({ id: tree.root.id, depth: 0 });
  });

  it("lists only the own org for a viewer", async () => {
    const user = await insertUser(database.db, tree.root, "viewer");
    expect((await listSwitchableOrgs(database.db, user.userId)).map((org) => org.id)).toEqual([tree.root.id]);
  });

  it.each([
    ["sibling", "childB"],
    ["parent", "root"],
    ["other tree", "otherChild"],
  ] as const)("hides the %s org from a child org member", async (_label, key) => {
    const user = await insertUser(database.db, tree.childA, "owner");
    await expect(contextForUser(database.db, user, tree[key].id, randomUUID())).rejects.toMatchObject({ status: 404 });
  });

  it("answers a malformed org id with 404", async () => {
    const user = await insertUser(database.db, tree.root, "owner");
    await expect(contextForUser(database.db, user, "../etc", randomUUID())).rejects.toMatchObject({ status: 404 });
  });

  it("rejects acting as a suspended child", async () => {
    const user = await insertUser(database.db, tree.root, "owner");
    await expect(contextForUser(database.db, user, tree.suspended.id, randomUUID())).rejects.toMatchObject({
      status: 403,
      code: "org_suspended",
    });
  });

  it("signs up a standalone org that is not a super org", async () => {
    const email = `${randomUUID().slice(0, 8)}@Signup.example`;
    const password = "correct horse battery";
    const { userId, orgId } = await signUp(database.db, { name: "New User", email, password, orgName: "Solo Studio" });
    const context = await contextForUser(database.db, { userId, email }, orgId, randomUUID());
    expect(context.actingOrg).toMatchObject({ name: "Solo Studio", canHaveChildren: false, parentId: null, rootId: orgId });
    expect(context.role).toBe("owner");
    expect(await verifyCredentials(database.db, email.toUpperCase(), password)).toMatchObject({ id: userId });
    expect(await verifyCredentials(database.db, email, "wrong password!")).toBeNull();
  });

  it("rejects a second sign-up with the same email", async () => {
    const email = `${randomUUID().slice(0, 8)}@signup.example`;
    const input = { name: "Twice", email, password: "long enough password", orgName: "Twice Org" };
    await signUp(database.db, input);
    await expect(signUp(database.db, { ...input, email: email.toUpperCase() })).rejects.toMatchObject({
      status: 409,
      field: "email",
    });
  });

  it.each([
    ["short password", { password: "short" }, "password"],
    ["bad email", { email: "not-an-email" }, "email"],
    ["empty org name", { orgName: " " }, "orgName"],
  ])("rejects sign-up with %s", async (_label, override, field) => {
    const input = { name: "N", email: `${randomUUID()}@x.example`, password: "long enough password", orgName: "O", ...override };
    await expect(signUp(database.db, input)).rejects.toMatchObject({ status: 400, field });
  });
});
