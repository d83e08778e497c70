import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createTree, insertOrg, keyContext } from "@/lib/testing/tenants";
import { listCreditAlerts } from "./alerts";
import { getChildCreditLimit, setChildCreditLimit } from "./credit-limit";
import { readCreditLimit } from "./credit-limit-read";
import { ingestUsageEvents } from "./ingest";
import { billingPeriod } from "./period";

async function failure(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a rejection");
}

const limit = { monthlyCredits: "250.5", atLimit: "block", alertThresholds: [100, 80] };

describe.each(testDatabases())("credit limits on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;
  const db = () => database.db;

  beforeAll(async () => {
    database = await testDatabase.open();
    tree = await createTree(database.db, uniqueName("limits"));
  });
  afterAll(() => database.close());

  it("starts without a limit", async () => {
    const context = await keyContext(db(), tree.root, "viewer");
    expect(await getChildCreditLimit(db(), context, tree.childB.id)).toMatchObject({
      orgId: tree.childB.id,
      monthlyCredits: null,
      atLimit: "block",
      alertThresholds: [],
      usedCredits: "0",
      remainingCredits: null,
      period: billingPeriod().month,
    });
  });

  it("sets a limit with sorted thresholds and an audit event", async () => {
    const context = await keyContext(db(), tree.root, "billing");
    const saved = await setChildCreditLimit(db(), context, tree.childA.id, limit);
    expect(saved).toMatchObject({ monthlyCredits: "250.5", atLimit: "block", alertThresholds: [80, 100], remainingCredits: "250.5" });
    expect(await readCreditLimit(db(), tree.childA.id)).toMatchObject({ monthlyCredits: "250.5" });
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetOrgId, tree.childA.id), eq(auditEvents.action, "creditLimit.update")));
    expect(audit).toHaveLength(1);
  });

  it("removes a limit with null", async () => {
    const context = await keyContext(db(), tree.root, "owner");
    const saved = await setChildCreditLimit(db(), context, tree.childA.id, { ...limit, monthlyCredits: null });
    expect(saved.monthlyCredits).toBeNull();
    expect(saved.remainingCredits).toBeNull();
  });

  it.each([
    ["zero credits", { ...limit, monthlyCredits: "0" }, "greater than 0"],
    ["negative credits", { ...limit, monthlyCredits: "-5" }, "monthlyCredits"],
    ["seven decimal places", { ...limit, monthlyCredits: "1.1234567" }, "monthlyCredits"],
    ["credits as a number", { ...limit, monthlyCredits: 250 }, "decimal string"],
    ["an unknown behaviour", { ...limit, atLimit: "warn" }, "atLimit"],
    ["a threshold of 0", { ...limit, alertThresholds: [0] }, "between 1 and 1000"],
    ["a threshold of 1001", { ...limit, alertThresholds: [1001] }, "between 1 and 1000"],
    ["a fractional threshold", { ...limit, alertThresholds: [80.5] }, "whole numbers"],
    ["a repeated threshold", { ...limit, alertThresholds: [80, 80] }, "repeat"],
    ["a missing field", { monthlyCredits: "1", atLimit: "block" }, "alertThresholds"],
  ])("rejects %s with 400", async (_label, input, expected) => {
    const context = await keyContext(db(), tree.root, "owner");
    const error = await failure(setChildCreditLimit(db(), context, tree.childB.id, input));
    expect(error.status).toBe(400);
    expect(error.message).toContain(expected);
  });

  it("rejects an admin without billing.manage (403)", async () => {
    const context = await keyContext(db(), tree.root, "admin");
    const error = await failure(setChildCreditLimit(db(), context, tree.childB.id, limit));
    expect(error.status).toBe(403);
    expect(error.message).toContain("billing.manage");
  });

  it("hides siblings, other trees and the org itself (404)", async () => {
    const childOwner = await keyContext(db(), tree.childA, "owner");
    expect((await failure(getChildCreditLimit(db(), childOwner, tree.childB.id))).status).toBe(404);
    expect((await failure(setChildCreditLimit(db(), childOwner, tree.childA.id, limit))).status).toBe(404);
    const rootOwner = await keyContext(db(), tree.root, "owner");
    expect((await failure(setChildCreditLimit(db(), rootOwner, tree.otherChild.id, limit))).status).toBe(404);
    expect((await readCreditLimit(db(), tree.otherChild.id)).monthlyCredits).toBeNull();
  });

  it("lists alerts of the subtree and of one org", async () => {
    const org = await insertOrg(db(), { name: uniqueName("alerting"), parent: tree.root });
    const owner = await keyContext(db(), tree.root, "owner");
    await setChildCreditLimit(db(), owner, org.id, { monthlyCredits: "1", atLimit: "overage", alertThresholds: [50] });
    const context = await keyContext(db(), tree.root, "admin", org);
    await ingestUsageEvents(db(), context, {
      events: [{ idempotencyKey: "x", activity: "speech", credits: "0.75", occurredAt: new Date().toISOString() }],
    });
    const viewer = await keyContext(db(), tree.root, "viewer");
    const all = await listCreditAlerts(db(), viewer);
    expect(all.map((alert) => [alert.orgId, alert.threshold, alert.usedCredits, alert.monthlyCredits])).toContainEqual([org.id, 50, "0.75", "1"]);
    const one = await listCreditAlerts(db(), viewer, { orgId: org.id, period: billingPeriod().month });
    expect(one).toHaveLength(1);
    const otherViewer = await keyContext(db(), tree.otherRoot, "viewer");
    expect(await listCreditAlerts(db(), otherViewer)).toEqual([]);
    expect((await failure(listCreditAlerts(db(), otherViewer, { orgId: org.id }))).status).toBe(404);
  });

  it("fires crossed thresholds when a limit is set below the use so far", async () => {
    const org = await insertOrg(db(), { name: uniqueName("lowered"), parent: tree.root });
    const owner = await keyContext(db(), tree.root, "owner");
    const context = await keyContext(db(), tree.root, "admin", org);
    await ingestUsageEvents(db(), context, {
      events: [{ idempotencyKey: "before", activity: "speech", credits: "6", occurredAt: new Date().toISOString() }],
    });
    await setChildCreditLimit(db(), owner, org.id, { monthlyCredits: "100", atLimit: "block", alertThresholds: [50, 100] });
    expect(await listCreditAlerts(db(), owner, { orgId: org.id })).toEqual([]);
    await setChildCreditLimit(db(), owner, org.id, { monthlyCredits: "10", atLimit: "block", alertThresholds: [50, 100] });
    const alerts = await listCreditAlerts(db(), owner, { orgId: org.id });
    expect(alerts.map((alert) => [alert.threshold, alert.usedCredits, alert.monthlyCredits])).toEqual([[50, "6", "10"]]);
  });
});
