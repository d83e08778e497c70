import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeys } from "@/db/schema";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import type { Database } from "@/lib/db/types";
import { setChildOrgStatus } from "@/lib/orgs/set-org-status";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createDeepTree, DEEP_TREE_DENIED } from "@/lib/testing/deep-tree";
import { ensureCatalog, keyContext } from "@/lib/testing/tenants";
import { insertApiKey } from "@/lib/api-keys/create";
import { contextFromApiKey } from "@/lib/auth/api-key-context";
import { decide } from "./decide";
import { updateChildEntitlements } from "./update";
import { UNRESTRICTED } from "./read";

describe.each(testDatabases())("decide on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createDeepTree>>;

  beforeAll(async () => {
    database = await testDatabase.open();
    await ensureCatalog(database.db);
    tree = await createDeepTree(database.db, uniqueName("decide"));
  });
  afterAll(() => database.close());

  it("allows a voice no level denies", async () => {
    const decision = await decide(database.db, tree.leaf, { activity: "speech", voice: "rachel", soundTemplate: "summit" });
    expect(decision).toEqual({ allowed: true, reasons: [] });
  });

  it.each(["root", "mid", "leaf"] as const)("names the %s org for its denied voice", async (level) => {
    const decision = await decide(database.db, tree.leaf, { activity: "speech", voice: DEEP_TREE_DENIED[level].voice });
    expect(decision.allowed).toBe(false);
    expect(decision.reasons).toHaveLength(1);
    expect(decision.reasons[0]).toMatchObject({ code: "voice_not_allowed", orgId: tree[level].id, orgName: tree[level].name });
    expect(decision.reasons[0]?.message).toContain(DEEP_TREE_DENIED[level].voice);
  });

  it("lists every denial of one request", async () => {
    const decision = await decide(database.db, tree.leaf, {
      activity: DEEP_TREE_DENIED.mid.activity,
      voice: DEEP_TREE_DENIED.root.voice,
      soundTemplate: DEEP_TREE_DENIED.leaf.soundTemplate,
    });
    expect(decision.reasons.map((reason) => [reason.code, reason.orgId])).toEqual([
      ["activity_not_allowed", tree.mid.id],
      ["voice_not_allowed", tree.root.id],
      ["sound_template_not_allowed", tree.leaf.id],
    ]);
  });

  it("denies Voice Intelligence where it is off", async () => {
    const flag = await decide(database.db, tree.leafSibling, { activity: "speech", voiceIntelligence: true });
    expect(flag.reasons).toEqual([expect.objectContaining({ code: "voice_intelligence_not_allowed", orgId: tree.leafSibling.id })]);
    const activity = await decide(database.db, tree.leafSibling, { activity: "voiceIntelligence" });
    expect(activity.allowed).toBe(false);
    expect((await decide(database.db, tree.leaf, { activity: "voiceIntelligence" })).allowed).toBe(true);
  });

  it.each([
    ["unknown voice", { activity: "speech", voice: "nobody" }, "voice"],
    ["unknown sound design", { activity: "sound", soundTemplate: "silence" }, "soundTemplate"],
    ["unknown activity", { activity: "teleport" }, "activity"],
    ["missing activity", {}, "activity"],
    ["non-boolean flag", { activity: "speech", voiceIntelligence: "yes" }, "voiceIntelligence"],
  ])("rejects %s with 400", async (_label, input, field) => {
    await expect(decide(database.db, tree.leaf, input)).rejects.toMatchObject({ status: 400, field });
  });

  it("denies the very next decision after a restriction", async () => {
    const context = await keyContext(database.db, tree.root, "admin", tree.mid);
    const leafKey = await keyContext(database.db, tree.leaf, "developer");
    expect((await decide(database.db, leafKey, { activity: "speech", voice: "rachel" })).allowed).toBe(true);
    await updateChildEntitlements(database.db, context, tree.leaf.id, {
      ...UNRESTRICTED,
      voices: { mode: "deny", ids: ["rachel"] },
    });
    const after = await decide(database.db, leafKey, { activity: "speech", voice: "rachel" });
    expect(after.allowed).toBe(false);
    expect(after.reasons[0]).toMatchObject({ code: "voice_not_allowed", orgId: tree.leaf.id });
  });

  it("never returns a stale allow across many changes", async () => {
    const context = await keyContext(database.db, tree.root, "admin", tree.mid);
    for (let round = 0; round < 6; round++) {
      const denied = round % 2 === 0;
      await updateChildEntitlements(database.db, context, tree.leafSibling.id, {
        ...UNRESTRICTED,
        voices: denied ? { mode: "deny", ids: ["adam"] } : { mode: "all", ids: [] },
      });
      const decision = await decide(database.db, tree.leafSibling, { activity: "speech", voice: "adam" });
      expect(decision.allowed).toBe(!denied);
    }
  });

  it("denies below an org suspended after caching", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const below = await createDeepTree(database.db, uniqueName("suspend"));
    expect((await decide(database.db, below.leafSibling, { activity: "speech" })).allowed).toBe(true);
    const rootContext = await keyContext(database.db, below.root, "admin");
    await setChildOrgStatus(database.db, rootContext, below.mid.id, { status: "suspended" });
    const decision = await decide(database.db, below.leafSibling, { activity: "speech" });
    expect(decision.reasons).toEqual([expect.objectContaining({ code: "org_suspended", orgId: below.mid.id })]);
    expect(context.actingOrg.id).toBe(tree.root.id);
  });

  it("denies a role without the use permission", async () => {
    const viewer = await keyContext(database.db, tree.leaf, "viewer");
    const decision = await decide(database.db, viewer, { activity: "speech" });
    expect(decision.allowed).toBe(false);
    expect(decision.reasons).toEqual([
      expect.objectContaining({ code: "permission_missing", orgId: tree.leaf.id, message: expect.stringContaining("use.speech") }),
    ]);
  });

  it("decides for the assumed org", async () => {
    const context = await keyContext(database.db, tree.root, "admin", tree.leaf);
    const request = { activity: "speech", voice: DEEP_TREE_DENIED.mid.voice };
    const decision = await decide(database.db, context, request);
    expect(decision.reasons[0]?.orgId).toBe(tree.mid.id);
    const asRoot = await keyContext(database.db, tree.root, "admin");
    expect((await decide(database.db, asRoot, request)).allowed).toBe(true);
  });

  it("rejects a revoked key at once", async () => {
    const { id, key } = await insertApiKey(database.db, { orgId: tree.leaf.id, name: "to revoke", role: "developer" });
    await contextFromApiKey(database.db, { apiKey: key, assumeOrg: undefined }, "r1");
    await writeTreeChange(database.db, tree.root.id, async (tx) => {
      await tx.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, id));
    });
    await expect(contextFromApiKey(database.db, { apiKey: key, assumeOrg: undefined }, "r2")).rejects.toMatchObject({ status: 401 });
  });

  it("rejects an assumed org suspended after caching", async () => {
    const other = await createDeepTree(database.db, uniqueName("assume suspend"));
    const rootContext = await keyContext(database.db, other.root, "admin");
    const { key } = await insertApiKey(database.db, { orgId: other.root.id, name: "assume", role: "admin" });
    await contextFromApiKey(database.db, { apiKey: key, assumeOrg: other.leaf.id }, "r1");
    await setChildOrgStatus(database.db, rootContext, other.leaf.id, { status: "suspended" });
    await expect(contextFromApiKey(database.db, { apiKey: key, assumeOrg: other.leaf.id }, "r2")).rejects.toMatchObject({
      status: 403,
      code: "org_suspended",
    });
  });
});
