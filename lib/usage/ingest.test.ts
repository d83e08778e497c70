import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, entitlements, usageEvents } from "@/db/schema";
import type { Org, RequestContext } from "@/lib/context";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createTree, ensureCatalog, insertOrg, keyContext } from "@/lib/testing/tenants";
import { setChildCreditLimit } from "./credit-limit";
import { readSubtreeCredits } from "./credit-limit-read";
import { ingestUsageEvents } from "./ingest";
import { monthStart } from "./partitions";
import { billingPeriod } from "./period";
import { queryRows } from "./query-rows";

async function failure(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a rejection");
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function event(key: string, overrides: Record<string, unknown> = {}) {
  return { idempotencyKey: key, activity: "speech", credits: "0.1", occurredAt: minutesAgo(1), ...overrides };
}

describe.each(testDatabases())("usage ingestion on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;
  let rootAdmin: RequestContext;

  const db = () => database.db;
  const eventCount = async (org: Org) =>
    (await db().select({ n: sql<number>`count(*)::int` }).from(usageEvents).where(eq(usageEvents.orgId, org.id)))[0]?.n;
  const thisMonth = () => monthStart(new Date());

  beforeAll(async () => {
    database = await testDatabase.open();
    await ensureCatalog(database.db);
    tree = await createTree(database.db, uniqueName("ingest"));
    rootAdmin = await keyContext(database.db, tree.root, "admin");
  });
  afterAll(() => database.close());

  it("records a batch with rollups and one audit event", async () => {
    const org = await insertOrg(db(), { name: uniqueName("records"), parent: tree.root });
    const context = await keyContext(db(), tree.root, "owner", org);
    const result = await ingestUsageEvents(db(), context, {
      events: [event("a"), event("b", { activity: "script", credits: 1.25, quantity: 3, voice: "aria", metadata: { job: 7 } })],
    });
    expect(result).toMatchObject({ recorded: 2, duplicates: 0, credits: "1.35", overage: false, alerts: [] });
    expect(result.events.map((item) => item.status)).toEqual(["recorded", "recorded"]);
    expect(await eventCount(org)).toBe(2);
    expect(await readSubtreeCredits(db(), org.id, thisMonth())).toBe("1.35");
    expect(await readSubtreeCredits(db(), tree.root.id, thisMonth())).not.toBe("0");
    const daily = await queryRows<{ credits: string }>(db(), sql`select sum(credits)::text as credits from usage_daily where org_id = ${org.id}`);
    expect(Number(daily[0]?.credits)).toBe(1.35);
    const audit = await db().select().from(auditEvents).where(and(eq(auditEvents.targetOrgId, org.id), eq(auditEvents.action, "usage.ingest")));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.homeOrgId).toBe(tree.root.id);
  });

  it("counts an assumed child's event once, for the child", async () => {
    const org = await insertOrg(db(), { name: uniqueName("assumed"), parent: tree.root });
    const rootBefore = await readSubtreeCredits(db(), tree.root.id, thisMonth());
    const context = await keyContext(db(), tree.root, "admin", org);
    await ingestUsageEvents(db(), context, { events: [event("assumed-1", { credits: "2" })] });
    expect(await readSubtreeCredits(db(), org.id, thisMonth())).toBe("2");
    const rootAfter = await readSubtreeCredits(db(), tree.root.id, thisMonth());
    expect(Number(rootAfter) - Number(rootBefore)).toBeCloseTo(2, 6);
    expect(await eventCount(tree.root)).toBe(0);
  });

  it("replays a batch with the original result", async () => {
    const org = await insertOrg(db(), { name: uniqueName("replay"), parent: tree.root });
    const context = await keyContext(db(), tree.root, "admin", org);
    const body = { events: [event("r1", { credits: "1.50", metadata: { a: 1, b: 2 } }), event("r2")] };
    const first = await ingestUsageEvents(db(), context, body);
    const replayBody = { events: [event("r1", { credits: 1.5, metadata: { b: 2, a: 1 }, occurredAt: body.events[0]?.occurredAt }), body.events[1]] };
    const second = await ingestUsageEvents(db(), context, replayBody);
    expect(second.recorded).toBe(0);
    expect(second.duplicates).toBe(2);
    expect(second.events.map((item) => item.eventId)).toEqual(first.events.map((item) => item.eventId));
    expect(second.events.map((item) => item.recordedAt)).toEqual(first.events.map((item) => item.recordedAt));
    expect(second.events.every((item) => item.status === "duplicate")).toBe(true);
    expect(await eventCount(org)).toBe(2);
    expect(await readSubtreeCredits(db(), org.id, thisMonth())).toBe("1.6");
  });

  it("records only the new events of a partly replayed batch", async () => {
    const org = await insertOrg(db(), { name: uniqueName("partial"), parent: tree.root });
    const context = await keyContext(db(), tree.root, "admin", org);
    const old = event("p1");
    await ingestUsageEvents(db(), context, { events: [old] });
    const result = await ingestUsageEvents(db(), context, { events: [old, event("p2")] });
    expect(result.events.map((item) => item.status)).toEqual(["duplicate", "recorded"]);
    expect(await eventCount(org)).toBe(2);
  });

  it("counts a key once under parallel replays", async () => {
    const org = await insertOrg(db(), { name: uniqueName("parallel replay"), parent: tree.root });
    const context = await keyContext(db(), tree.root, "admin", org);
    const body = { events: Array.from({ length: 50 }, (_, index) => event(`pr-${index}`)) };
    const results = await Promise.all(Array.from({ length: 6 }, () => ingestUsageEvents(db(), context, body)));
    expect(results.reduce((sum, result) => sum + result.recorded, 0)).toBe(50);
    expect(new Set(results.map((result) => result.events[0]?.eventId)).size).toBe(1);
    expect(await eventCount(org)).toBe(50);
    expect(await readSubtreeCredits(db(), org.id, thisMonth())).toBe("5");
  });

  it("rejects a reused key with another body (409)", async () => {
    const org = await insertOrg(db(), { name: uniqueName("conflict"), parent: tree.root });
    const context = await keyContext(db(), tree.root, "admin", org);
    await ingestUsageEvents(db(), context, { events: [event("c1")] });
    const error = await failure(ingestUsageEvents(db(), context, { events: [event("c2"), event("c1", { credits: "0.2" })] }));
    expect(error.status).toBe(409);
    expect(error.code).toBe("idempotency_key_reused");
    expect(error.message).toContain("events[1].idempotencyKey");
    expect(await eventCount(org)).toBe(1);
  });

  it("lets two orgs use the same key", async () => {
    const first = await keyContext(db(), tree.root, "admin", tree.childA);
    const second = await keyContext(db(), tree.root, "admin", tree.childB);
    const key = uniqueName("shared");
    expect((await ingestUsageEvents(db(), first, { events: [event(key)] })).recorded).toBe(1);
    expect((await ingestUsageEvents(db(), second, { events: [event(key, { credits: "9" })] })).recorded).toBe(1);
  });

  it.each([
    ["negative credits", { credits: "-1" }, "events[1].credits"],
    ["non-numeric credits", { credits: "abc" }, "events[1].credits"],
    ["seven decimal places", { credits: "0.1234567" }, "events[1].credits"],
    ["an exponent", { credits: 1e-7 }, "events[1].credits"],
    ["credits as a boolean", { credits: true }, "events[1].credits"],
    ["an unknown activity", { activity: "teleport" }, "events[1].activity"],
    ["a date without an offset", { occurredAt: "2026-03-01T10:00:00" }, "events[1].occurredAt"],
    ["a date 36 days old", { occurredAt: minutesAgo(36 * 1440) }, "35 days"],
    ["a date 10 minutes ahead", { occurredAt: minutesAgo(-10) }, "5 minutes in the future"],
    ["a fractional quantity", { quantity: 1.5 }, "events[1].quantity"],
    ["an unknown field", { credit: "1" }, "events[1]"],
    ["an empty key", { idempotencyKey: "" }, "events[1].idempotencyKey"],
  ])("rejects %s with 400 naming the field", async (_label, overrides, expected) => {
    const org = await insertOrg(db(), { name: uniqueName("invalid"), parent: tree.root });
    const context = await keyContext(db(), tree.root, "admin", org);
    const error = await failure(ingestUsageEvents(db(), context, { events: [event("ok"), event("bad", overrides)] }));
    expect(error.status).toBe(400);
    expect(error.message).toContain(expected);
    expect(await eventCount(org)).toBe(0);
  });

  it.each([
    ["more than 1,000 events", { events: Array.from({ length: 1001 }, (_, index) => event(`k${index}`)) }, "at most 1000 events"],
    ["no events", { events: [] }, "at least one event"],
    ["a missing events field", {}, "events"],
    ["an array body", [event("x")], "body"],
    ["a repeated key", { events: [event("same"), event("same")] }, "events[1].idempotencyKey"],
  ])("rejects a batch with %s", async (_label, body, expected) => {
    const error = await failure(ingestUsageEvents(db(), rootAdmin, body));
    expect(error.status).toBe(400);
    expect(error.message).toContain(expected);
  });

  it("rejects a role without use.<activity> (403)", async () => {
    const context = await keyContext(db(), tree.root, "viewer");
    const error = await failure(ingestUsageEvents(db(), context, { events: [event("v1")] }));
    expect(error.status).toBe(403);
    expect(error.message).toContain("use.speech");
  });

  it("rejects an activity the entitlements of an ancestor exclude", async () => {
    const middle = await insertOrg(db(), { name: uniqueName("middle"), parent: tree.root, canHaveChildren: true });
    const leaf = await insertOrg(db(), { name: uniqueName("leaf"), parent: middle });
    await db().insert(entitlements).values({ orgId: middle.id, activities: ["script"] });
    const context = await keyContext(db(), tree.root, "admin", leaf);
    const error = await failure(ingestUsageEvents(db(), context, { events: [event("s1", { activity: "script" }), event("s2")] }));
    expect(error.status).toBe(403);
    expect(error.code).toBe("activity_not_allowed");
    expect(error.message).toContain("events[1].activity");
    expect((await ingestUsageEvents(db(), context, { events: [event("s3", { activity: "script" })] })).recorded).toBe(1);
  });

  it("rejects a voice, sound design or Voice Intelligence that /authorize denies", async () => {
    const child = await insertOrg(db(), { name: uniqueName("narrow"), parent: tree.root });
    await db().insert(entitlements).values({ orgId: child.id, voicesMode: "deny", voiceIds: ["hans"], voiceIntelligence: false });
    const context = await keyContext(db(), tree.root, "admin", child);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ voice: "hans" }, "voice_not_allowed", "events[1].voice"],
      [{ voice: "no-such-voice" }, "invalid_request", "events[1].voice"],
      [{ soundTemplate: "no-such-sound" }, "invalid_request", "events[1].soundTemplate"],
      [{ activity: "voiceIntelligence" }, "voice_intelligence_not_allowed", "events[1].activity"],
    ];
    for (const [fields, code, field] of cases) {
      const error = await failure(ingestUsageEvents(db(), context, { events: [event(`ok-${code}`), event(`bad-${code}`, fields)] }));
      expect(error.code, JSON.stringify(fields)).toBe(code);
      expect(error.message).toContain(field);
    }
    const recorded = await ingestUsageEvents(db(), context, { events: [event("allowed-voice", { voice: "sonia" })] });
    expect(recorded.recorded).toBe(1);
  });

  describe("credit limits", () => {
    const limitedChild = async (label: string, limit: Record<string, unknown>) => {
      const org = await insertOrg(db(), { name: uniqueName(label), parent: tree.root, canHaveChildren: true });
      const owner = await keyContext(db(), tree.root, "owner");
      await setChildCreditLimit(db(), owner, org.id, limit);
      return { org, context: await keyContext(db(), tree.root, "admin", org) };
    };

    it("blocks a batch past the limit with 429 and records nothing", async () => {
      const { org, context } = await limitedChild("block", { monthlyCredits: "1", atLimit: "block", alertThresholds: [] });
      await ingestUsageEvents(db(), context, { events: [event("b1", { credits: "0.9" })] });
      const error = await failure(ingestUsageEvents(db(), context, { events: [event("b2", { credits: "0.05" }), event("b3", { credits: "0.06" })] }));
      expect(error.status).toBe(429);
      expect(error.code).toBe("credit_limit_exceeded");
      expect(error.message).toContain("has 0.1 left");
      expect(await eventCount(org)).toBe(1);
      expect((await ingestUsageEvents(db(), context, { events: [event("b4", { credits: "0.1" })] })).recorded).toBe(1);
      expect(await readSubtreeCredits(db(), org.id, thisMonth())).toBe("1");
    });

    it("counts an event at the period end in the next period", async () => {
      const { org, context } = await limitedChild("boundary", { monthlyCredits: "1", atLimit: "block", alertThresholds: [] });
      const start = billingPeriod().start.getTime();
      const at = (offsetMs: number) => new Date(start + offsetMs).toISOString();
      await ingestUsageEvents(db(), context, { events: [event("before", { credits: "1", occurredAt: at(-1) })] });
      await ingestUsageEvents(db(), context, { events: [event("at-end", { credits: "1", occurredAt: at(0) })] });
      const error = await failure(ingestUsageEvents(db(), context, { events: [event("after", { credits: "0.5", occurredAt: at(1) })] }));
      expect(error.code).toBe("credit_limit_exceeded");
      expect(await readSubtreeCredits(db(), org.id, monthStart(new Date(start - 1)))).toBe("1");
      expect(await readSubtreeCredits(db(), org.id, monthStart(new Date(start)))).toBe("1");
    });

    it("accepts and flags overage", async () => {
      const { context } = await limitedChild("overage", { monthlyCredits: "1", atLimit: "overage", alertThresholds: [] });
      const body = { events: [event("o1", { credits: "0.6" }), event("o2", { credits: "0.6" })] };
      const result = await ingestUsageEvents(db(), context, body);
      expect(result.overage).toBe(true);
      expect(result.events.map((item) => item.overage)).toEqual([false, true]);
      const replay = await ingestUsageEvents(db(), context, body);
      expect(replay.events.map((item) => [item.status, item.overage])).toEqual([["duplicate", false], ["duplicate", true]]);
    });

    it("bounds a grandchild by its parent's limit", async () => {
      const { org } = await limitedChild("parent limit", { monthlyCredits: "0.5", atLimit: "block", alertThresholds: [] });
      const grandchild = await insertOrg(db(), { name: uniqueName("grandchild"), parent: org });
      const context = await keyContext(db(), tree.root, "admin", grandchild);
      const error = await failure(ingestUsageEvents(db(), context, { events: [event("g1", { credits: "0.6" })] }));
      expect(error.code).toBe("credit_limit_exceeded");
      expect(error.message).toContain(org.id);
    });

    it("fires each alert threshold once per period", async () => {
      const { org, context } = await limitedChild("alerts", { monthlyCredits: "10", atLimit: "overage", alertThresholds: [50, 80, 100] });
      const first = await ingestUsageEvents(db(), context, { events: [event("a1", { credits: "5" })] });
      expect(first.alerts.map((alert) => alert.threshold)).toEqual([50]);
      const second = await ingestUsageEvents(db(), context, { events: [event("a2", { credits: "1" })] });
      expect(second.alerts).toEqual([]);
      const third = await ingestUsageEvents(db(), context, { events: [event("a3", { credits: "5" })] });
      expect(third.alerts.map((alert) => alert.threshold)).toEqual([80, 100]);
      const audit = await db().select().from(auditEvents).where(and(eq(auditEvents.targetOrgId, org.id), eq(auditEvents.action, "creditLimit.alert")));
      expect(audit).toHaveLength(3);
    });

    it("admits exactly 10 of 20 parallel batches with 1.0 credit left", async () => {
      const { org, context } = await limitedChild("parallel", { monthlyCredits: "3", atLimit: "block", alertThresholds: [] });
      await ingestUsageEvents(db(), context, { events: [event("pre", { credits: "2" })] });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, (_, index) => ingestUsageEvents(db(), context, { events: [event(`par-${index}`, { credits: "0.1" })] })),
      );
      const admitted = outcomes.filter((outcome) => outcome.status === "fulfilled");
      const rejected = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
      expect(admitted).toHaveLength(10);
      expect(rejected.every((reason) => reason instanceof AppError && reason.code === "credit_limit_exceeded")).toBe(true);
      expect(await readSubtreeCredits(db(), org.id, thisMonth())).toBe("3");
      expect(await eventCount(org)).toBe(11);
    });
  });
});
