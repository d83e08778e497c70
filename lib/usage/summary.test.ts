import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usageEvents } from "@/db/schema";
import type { Database } from "@/lib/db/types";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createTree, keyContext } from "@/lib/testing/tenants";
import { listChildOrgs } from "@/lib/orgs/child-orgs";
import { rebuildUsageRollups } from "./rollups";
import { ensureUsagePartitions } from "./partitions";
import { billingPeriod } from "./period";
import { getChildUsageCards, getUsageOverview } from "./summary";

describe.each(testDatabases())("usage summary on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;
  const period = billingPeriod();

  beforeAll(async () => {
    database = await testDatabase.open();
    tree = await createTree(database.db, uniqueName("usage"));
    const at = (offsetMs: number) => new Date(period.start.getTime() + offsetMs);
    const event = (orgId: string, key: string, activity: string, credits: string, occurredAt: Date) => ({
      orgId, idempotencyKey: key, activity, credits, occurredAt,
    });
    // The migration creates partitions 12 months back; this keeps the test independent of that.
    await ensureUsagePartitions(database.db, [at(-1), at(0)]);
    await database.db.insert(usageEvents).values([
      event(tree.root.id, "r1", "script", "0.1", at(1000)),
      event(tree.childA.id, "a1", "speech", "1.25", at(2000)),
      event(tree.childA.id, "a2", "speech", "0.2", at(86_400_000 + 5)),
      event(tree.childB.id, "b1", "mastering", "2", at(3000)),
      // One millisecond before the period starts: belongs to the previous period.
      event(tree.childB.id, "b2", "mastering", "7", at(-1)),
      event(tree.otherChild.id, "o1", "speech", "100", at(1000)),
    ]);
    await rebuildUsageRollups(database.db, [tree.root.id, tree.otherRoot.id]);
  });
  afterAll(() => database.close());

  it("sums the acting org and its descendants", async () => {
    const context = await keyContext(database.db, tree.root, "viewer");
    const overview = await getUsageOverview(database.db, context);
    expect(overview.totals).toEqual({ calls: 4, credits: "3.55" });
    expect(overview.byActivity).toEqual([
      { activity: "speech", calls: 2, credits: "1.45" },
      { activity: "mastering", calls: 1, credits: "2" },
      { activity: "script", calls: 1, credits: "0.1" },
    ]);
    expect(overview.daily.map((row) => row.day)).toEqual([period.firstDay, period.firstDay, period.firstDay, overview.daily[3]?.day]);
  });

  it("shows a child only its own usage", async () => {
    const context = await keyContext(database.db, tree.root, "admin", tree.childA);
    const overview = await getUsageOverview(database.db, context);
    expect(overview.totals).toEqual({ calls: 2, credits: "1.45" });
  });

  it("builds one card per child and lists usage with child orgs", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const cards = await getChildUsageCards(database.db, context);
    const byId = new Map(cards.map((card) => [card.orgId, card.totals]));
    expect(byId.get(tree.childA.id)).toEqual({ calls: 2, credits: "1.45" });
    expect(byId.get(tree.childB.id)).toEqual({ calls: 1, credits: "2" });
    expect(byId.has(tree.otherChild.id)).toBe(false);
    const children = await listChildOrgs(database.db, context);
    expect(children.find((child) => child.id === tree.childB.id)?.usage).toMatchObject({ calls: 1, credits: "2" });
  });

  it("puts an event before the start into the previous period", async () => {
    const context = await keyContext(database.db, tree.root, "admin");
    const previous = new Date(Date.UTC(period.start.getUTCFullYear(), period.start.getUTCMonth() - 1, 1));
    const overview = await getUsageOverview(database.db, context, previous.toISOString().slice(0, 7));
    expect(overview.totals).toEqual({ calls: 1, credits: "7" });
  });

  it("rejects a role without usage.read", async () => {
    const context = await keyContext(database.db, tree.root, "no-such-role");
    await expect(getUsageOverview(database.db, context)).rejects.toMatchObject({ status: 403 });
  });
});
