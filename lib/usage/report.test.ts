import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usageEvents } from "@/db/schema";
import type { Org } from "@/lib/context";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createTree, insertOrg, keyContext } from "@/lib/testing/tenants";
import { setChildCreditLimit } from "./credit-limit";
import { ensureUsagePartitions } from "./partitions";
import { getUsagePeriodView } from "./period-view";
import { getChildUsageReport, getUsageReport, type UsageReport } from "./report";
import { rebuildUsageRollups } from "./rollups";

async function statusOf(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, message: error.message };
    throw error;
  }
  return { status: 200, message: "" };
}

const creditsBy = (report: UsageReport, key: (row: UsageReport["rows"][number]) => string) =>
  Object.fromEntries(report.rows.map((row) => [key(row), row.credits]));

describe.each(testDatabases())("usage reports on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;
  let grandchild: Org;
  const db = () => database.db;

  beforeAll(async () => {
    database = await testDatabase.open();
    tree = await createTree(database.db, uniqueName("report"));
    grandchild = await insertOrg(database.db, { name: uniqueName("grandchild"), parent: tree.childA });
    const event = (org: Org, activity: string, credits: string, at: string) => ({
      orgId: org.id, idempotencyKey: `${activity}-${at}`, activity, credits, occurredAt: new Date(at),
    });
    const rows = [
      event(tree.root, "script", "0.1", "2026-03-01T10:00:00Z"),
      // 23:30 on 1 March in Los Angeles, and local midnight of 2 March there.
      event(tree.childA, "speech", "1.25", "2026-03-02T07:30:00Z"),
      event(tree.childA, "speech", "0.2", "2026-03-02T08:00:00Z"),
      event(grandchild, "speech", "0.5", "2026-03-15T12:00:00Z"),
      event(tree.childB, "mastering", "2", "2026-03-31T23:59:59.999Z"),
      // Exactly the end of the March period: belongs to April.
      event(tree.childB, "mastering", "7", "2026-04-01T00:00:00Z"),
      // 23:59 on 10 March and 00:00 on 11 March in India (UTC+05:30).
      event(tree.childB, "voice", "1", "2026-03-10T18:29:00Z"),
      event(tree.childB, "voice", "1", "2026-03-10T18:30:00Z"),
      event(tree.otherChild, "speech", "100", "2026-03-02T07:30:00Z"),
    ];
    await ensureUsagePartitions(database.db, rows.map((row) => row.occurredAt));
    await database.db.insert(usageEvents).values(rows);
    await rebuildUsageRollups(database.db, [tree.root.id, tree.otherRoot.id]);
  });
  afterAll(() => database.close());

  it("sums the subtree in a UTC month, excluding the end instant", async () => {
    const context = await keyContext(db(), tree.root, "viewer");
    const report = await getUsageReport(db(), context, { from: "2026-03-01", to: "2026-04-01" });
    expect(report.totals).toEqual({ calls: 7, credits: "6.05" });
    expect(report.buckets).toHaveLength(31);
    expect(report.rows).toContainEqual({ period: "2026-03-31", activity: "mastering", calls: 1, credits: "2" });
    expect(report.tz).toBe("UTC");
  });

  it("buckets days in the given time zone", async () => {
    const context = await keyContext(db(), tree.root, "viewer");
    const report = await getUsageReport(db(), context, { from: "2026-03-01", to: "2026-03-03", tz: "America/Los_Angeles" });
    expect(report.from).toBe("2026-03-01T08:00:00.000Z");
    expect(creditsBy(report, (row) => `${row.period} ${row.activity}`)).toEqual({
      "2026-03-01 script": "0.1",
      "2026-03-01 speech": "1.25",
      "2026-03-02 speech": "0.2",
    });
  });

  it("buckets days in a half-hour time zone", async () => {
    const context = await keyContext(db(), tree.root, "viewer");
    const report = await getUsageReport(db(), context, { from: "2026-03-10", to: "2026-03-12", tz: "Asia/Kolkata" });
    expect(creditsBy(report, (row) => `${row.period} ${row.activity}`)).toEqual({ "2026-03-10 voice": "1", "2026-03-11 voice": "1" });
  });

  it("sums months, the end instant in the next one", async () => {
    const context = await keyContext(db(), tree.root, "viewer");
    const report = await getUsageReport(db(), context, { from: "2026-03-01", to: "2026-05-01", granularity: "month", groupBy: "org" });
    expect(creditsBy(report, (row) => `${row.period} ${row.orgId}`)).toEqual({
      [`2026-03 ${tree.root.id}`]: "0.1",
      [`2026-03 ${tree.childA.id}`]: "1.95",
      [`2026-03 ${tree.childB.id}`]: "4",
      [`2026-04 ${tree.childB.id}`]: "7",
    });
    expect(report.rows.find((row) => row.orgId === tree.childA.id)?.orgName).toBe(tree.childA.name);
  });

  it("groups by org and activity per UTC day", async () => {
    const context = await keyContext(db(), tree.root, "viewer");
    const report = await getUsageReport(db(), context, { from: "2026-03-01", to: "2026-04-01", groupBy: "org,activity" });
    expect(report.totals.credits).toBe("6.05");
    expect(report.rows).toContainEqual({
      period: "2026-03-15", activity: "speech", orgId: tree.childA.id, orgName: tree.childA.name, calls: 1, credits: "0.5",
    });
  });

  it("groups by org in a local month", async () => {
    const context = await keyContext(db(), tree.root, "viewer");
    const report = await getUsageReport(db(), context, {
      from: "2026-03-01", to: "2026-04-01", granularity: "month", groupBy: "org", tz: "America/Los_Angeles",
    });
    // Both of childB's mastering events fall in March in Los Angeles, and 07:30 UTC on 2 March too.
    expect(creditsBy(report, (row) => row.orgId ?? "")).toEqual({
      [tree.root.id]: "0.1", [tree.childA.id]: "1.95", [tree.childB.id]: "11",
    });
  });

  it("reports a child org's subtree", async () => {
    const context = await keyContext(db(), tree.root, "admin");
    const report = await getChildUsageReport(db(), context, tree.childA.id, { from: "2026-03-01", to: "2026-04-01", granularity: "month" });
    expect(report.totals).toEqual({ calls: 3, credits: "1.95" });
  });

  it("hides other trees and siblings (404)", async () => {
    const rootAdmin = await keyContext(db(), tree.root, "admin");
    expect((await statusOf(getChildUsageReport(db(), rootAdmin, tree.otherChild.id, {}))).status).toBe(404);
    const childAdmin = await keyContext(db(), tree.childA, "admin");
    expect((await statusOf(getChildUsageReport(db(), childAdmin, tree.childB.id, {}))).status).toBe(404);
    const otherAdmin = await keyContext(db(), tree.otherRoot, "admin");
    const other = await getUsageReport(db(), otherAdmin, { from: "2026-03-01", to: "2026-04-01" });
    expect(other.totals.credits).toBe("100");
  });

  it("rejects a role without usage.read (403)", async () => {
    const context = await keyContext(db(), tree.root, "no-such-role");
    const result = await statusOf(getUsageReport(db(), context, {}));
    expect(result.status).toBe(403);
    expect(result.message).toContain("usage.read");
  });

  it.each([
    [{ tz: "Mars/Olympus" }, "tz"],
    [{ from: "2026-03-01" }, "together"],
    [{ from: "2026-03-02", to: "2026-03-01" }, "after from"],
    [{ from: "2025-01-01", to: "2026-03-01" }, "366 days"],
    [{ from: "2026-03-01T00:07:00Z", to: "2026-03-02" }, "15-minute"],
    [{ from: "2026-02-30", to: "2026-03-02" }, "from must be a date"],
    [{ groupBy: "voice" }, "groupBy"],
    [{ granularity: "week" }, "granularity"],
  ])("rejects query %j with 400", async (query, expected) => {
    const context = await keyContext(db(), tree.root, "viewer");
    const result = await statusOf(getUsageReport(db(), context, query));
    expect(result.status).toBe(400);
    expect(result.message).toContain(expected);
  });

  it("builds the period view with local days and child cards", async () => {
    const context = await keyContext(db(), tree.root, "admin");
    const view = await getUsagePeriodView(db(), context, { month: "2026-03", tz: "America/Los_Angeles" }, new Date("2026-06-01T00:00:00Z"));
    expect(view.totals).toEqual({ calls: 7, credits: "6.05" });
    expect(view.days[0]).toBe("2026-02-28");
    expect(view.days[view.days.length - 1]).toBe("2026-03-31");
    expect(view.daily).toContainEqual({ day: "2026-03-01", activity: "speech", calls: 1, credits: "1.25" });
    expect(view.children?.map((child) => [child.orgId, child.totals.credits])).toEqual([
      [tree.childB.id, "4"],
      [tree.childA.id, "1.95"],
      [tree.suspended.id, "0"],
    ]);
    expect(view.projectedCredits).toBeNull();
    expect(view.creditLimit).toBeNull();
  });

  it("projects use and shows the limit of an assumed child", async () => {
    const owner = await keyContext(db(), tree.root, "owner");
    await setChildCreditLimit(db(), owner, tree.childA.id, { monthlyCredits: "10", atLimit: "block", alertThresholds: [80] });
    const context = await keyContext(db(), tree.root, "admin", tree.childA);
    const view = await getUsagePeriodView(db(), context, { month: "2026-03" }, new Date("2026-03-16T12:00:00Z"));
    expect(view.totals.credits).toBe("1.95");
    expect(view.creditLimit).toEqual({ monthlyCredits: "10", atLimit: "block", alertThresholds: [80], remainingCredits: "8.05" });
    expect(view.projectedCredits).toBe("3.9");
    expect(view.children).toBeNull();
  });
});
