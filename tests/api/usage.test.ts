import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, fixtures } from "./client";

const f = fixtures;

const now = () => new Date().toISOString();
const event = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  activity: "speech",
  credits: "0.25",
  occurredAt: now(),
  ...overrides,
});

async function createChild(): Promise<string> {
  const { status, body } = await call("POST", "/org/child_orgs", { key: f.superKey, body: { orgName: `Usage ${randomUUID().slice(0, 8)}` } });
  expect(status).toBe(201);
  return body.orgId;
}

describe("POST /usage/events", () => {
  it("records a batch (201) and replays it (200)", async () => {
    const childId = await createChild();
    const body = { events: [event(), event({ activity: "script", credits: 1.5, quantity: 2, metadata: { jobId: "j-1" } })] };
    const first = await call("POST", "/usage/events", { key: f.superKey, assume: childId, body });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ recorded: 2, duplicates: 0, credits: "1.75", overage: false, alerts: [] });
    expect(first.body.events[1]).toMatchObject({ status: "recorded", overage: false });

    const replay = await call("POST", "/usage/events", { key: f.superKey, assume: childId, body });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ recorded: 0, duplicates: 2, credits: "0" });
    expect(replay.body.events.map((item: { eventId: string }) => item.eventId)).toEqual(first.body.events.map((item: { eventId: string }) => item.eventId));

    const usage = await call("GET", `/org/child_orgs/${childId}/usage?granularity=month`, { key: f.superKey });
    expect(usage.status).toBe(200);
    expect(usage.body.totals).toEqual({ calls: 2, credits: "1.75" });
  });

  it("rejects a reused key with another body (409)", async () => {
    const childId = await createChild();
    const original = event();
    await call("POST", "/usage/events", { key: f.superKey, assume: childId, body: { events: [original] } });
    const { status, body } = await call("POST", "/usage/events", {
      key: f.superKey, assume: childId, body: { events: [event(), { ...original, credits: "0.3" }] },
    });
    expect(status).toBe(409);
    expect(body).toEqual({
      error: {
        code: "idempotency_key_reused",
        message: `events[1].idempotencyKey: "${original.idempotencyKey}" was already recorded with a different body. Send the original body to replay it, or use a new key.`,
      },
    });
    const usage = await call("GET", `/org/child_orgs/${childId}/usage`, { key: f.superKey });
    expect(usage.body.totals.calls).toBe(1);
  });

  it.each([
    ["negative credits", { events: [event(), event({ credits: "-1" })] }, "events[1].credits"],
    ["non-numeric credits", { events: [event({ credits: "ten" })] }, "events[0].credits"],
    ["credits with an exponent", { events: [event({ credits: 1e21 })] }, "events[0].credits"],
    ["an unknown activity", { events: [event({ activity: "teleport" })] }, "events[0].activity"],
    ["a date far in the past", { events: [event({ occurredAt: "2020-01-01T00:00:00Z" })] }, "at most 35 days in the past"],
    ["a date in the future", { events: [event({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() })] }, "5 minutes in the future"],
    ["events as a string", { events: "many" }, "events"],
    ["1,001 events", { events: Array.from({ length: 1001 }, () => event()) }, "events"],
    ["an array body", [event()], "body"],
  ])("rejects %s with 400 and stores nothing", async (_label, payload, expected) => {
    const childId = await createChild();
    const { status, body } = await call("POST", "/usage/events", { key: f.superKey, assume: childId, body: payload });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toContain(expected);
    const usage = await call("GET", `/org/child_orgs/${childId}/usage`, { key: f.superKey });
    expect(usage.body.totals.calls).toBe(0);
  });

  it("rejects malformed JSON with 400", async () => {
    const { status, body } = await call("POST", "/usage/events", { key: f.superKey, rawBody: '{"events": [' });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_json");
  });

  it("rejects a body that is not JSON with 400", async () => {
    const { status, body } = await call("POST", "/usage/events", {
      key: f.superKey, rawBody: "events=1", headers: { "content-type": "text/plain" },
    });
    expect(status).toBe(400);
    expect(body.error).toBeDefined();
  });

  it("rejects a body over 2 MiB with 413", async () => {
    const rawBody = JSON.stringify({ events: [event({ metadata: { padding: "x".repeat(3 * 1024 * 1024) } })] });
    const { status, body } = await call("POST", "/usage/events", { key: f.superKey, rawBody });
    expect(status).toBe(413);
    expect(body.error.code).toBe("payload_too_large");
  });

  it("rejects a missing key (401) and a viewer (403)", async () => {
    expect((await call("POST", "/usage/events", { body: { events: [event()] } })).status).toBe(401);
    const { status, body } = await call("POST", "/usage/events", { key: f.superViewerKey, body: { events: [event()] } });
    expect(status).toBe(403);
    expect(body.error.message).toContain("use.speech");
  });

  it("blocks past a credit limit with 429", async () => {
    const childId = await createChild();
    const put = await call("PUT", `/org/child_orgs/${childId}/credit_limit`, {
      key: f.superOwnerKey, body: { monthlyCredits: "1", atLimit: "block", alertThresholds: [50, 100] },
    });
    expect(put.status).toBe(200);
    const accepted = await call("POST", "/usage/events", { key: f.superKey, assume: childId, body: { events: [event({ credits: "0.6" })] } });
    expect(accepted.status).toBe(201);
    expect(accepted.body.alerts).toEqual([{ orgId: childId, period: now().slice(0, 7), threshold: 50 }]);
    const { status, body } = await call("POST", "/usage/events", { key: f.superKey, assume: childId, body: { events: [event({ credits: "0.6" })] } });
    expect(status).toBe(429);
    expect(body.error.code).toBe("credit_limit_exceeded");
    expect(body.error.message).toContain("has 0.4 left");
    const limit = await call("GET", `/org/child_orgs/${childId}/credit_limit`, { key: f.superViewerKey });
    expect(limit.body).toMatchObject({ monthlyCredits: "1", usedCredits: "0.6", remainingCredits: "0.4" });
    const alerts = await call("GET", `/usage/alerts?orgId=${childId}`, { key: f.superViewerKey });
    expect(alerts.status).toBe(200);
    expect(alerts.body.map((alert: { threshold: number }) => alert.threshold)).toEqual([50]);
  });
});

describe("GET /usage", () => {
  it("returns daily rows in a time zone", async () => {
    const { status, body } = await call("GET", "/usage?tz=America/Los_Angeles", { key: f.superKey });
    expect(status).toBe(200);
    expect(body.tz).toBe("America/Los_Angeles");
    expect(body.granularity).toBe("day");
    expect(body.buckets.length).toBeGreaterThanOrEqual(28);
    expect(body.totals.credits).toMatch(/^\d+(\.\d{1,6})?$/);
  });

  it("groups a month by child org", async () => {
    const { status, body } = await call("GET", "/usage?granularity=month&groupBy=org", { key: f.superKey });
    expect(status).toBe(200);
    expect(body.rows.map((row: { orgId: string }) => row.orgId)).toContain(f.childAId);
    expect(body.rows.every((row: { orgName: string }) => row.orgName.length > 0)).toBe(true);
  });

  it.each([
    ["tz=Nowhere/Here", "tz"],
    ["from=2026-01-01", "together"],
    ["granularity=hour", "granularity"],
    ["groupBy=voice", "groupBy"],
    ["from=yesterday&to=today", "from"],
  ])("rejects %s with 400", async (query, expected) => {
    const { status, body } = await call("GET", `/usage?${query}`, { key: f.superKey });
    expect(status).toBe(400);
    expect(body.error.message).toContain(expected);
  });

  it("hides other trees and siblings with 404", async () => {
    expect((await call("GET", `/org/child_orgs/${f.otherChildId}/usage`, { key: f.superKey })).status).toBe(404);
    expect((await call("GET", `/org/child_orgs/${f.childBId}/usage`, { key: f.childAKey })).status).toBe(404);
    expect((await call("GET", `/org/child_orgs/${f.childAId}/credit_limit`, { key: f.otherRootKey })).status).toBe(404);
  });

  it("rejects a malformed child org id with 400", async () => {
    const { status, body } = await call("GET", "/org/child_orgs/not-a-uuid/usage", { key: f.superKey });
    expect(status).toBe(400);
    expect(body.error.message).toContain("id");
  });
});

describe("/org/child_orgs/{id}/credit_limit", () => {
  it("rejects a body sent as text/plain with 415", async () => {
    const { status, body } = await call("PUT", `/org/child_orgs/${f.childBId}/credit_limit`, {
      key: f.superOwnerKey,
      rawBody: JSON.stringify({ monthlyCredits: "10", atLimit: "block", alertThresholds: [] }),
      headers: { "content-type": "text/plain" },
    });
    expect(status).toBe(415);
    expect(body.error.code).toBe("unsupported_media_type");
    expect(body.error.message).toContain("application/json");
  });

  it("sets and reads a limit", async () => {
    const put = await call("PUT", `/org/child_orgs/${f.childBId}/credit_limit`, {
      key: f.superOwnerKey, body: { monthlyCredits: "250.5", atLimit: "overage", alertThresholds: [100, 80] },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ orgId: f.childBId, monthlyCredits: "250.5", atLimit: "overage", alertThresholds: [80, 100] });
    const get = await call("GET", `/org/child_orgs/${f.childBId}/credit_limit`, { key: f.superKey });
    expect(get.body).toMatchObject({ monthlyCredits: "250.5", atLimit: "overage" });
    const removed = await call("PUT", `/org/child_orgs/${f.childBId}/credit_limit`, {
      key: f.superOwnerKey, body: { monthlyCredits: null, atLimit: "block", alertThresholds: [] },
    });
    expect(removed.body).toMatchObject({ monthlyCredits: null, remainingCredits: null });
  });

  it("rejects an admin key without billing.manage (403)", async () => {
    const { status, body } = await call("PUT", `/org/child_orgs/${f.childBId}/credit_limit`, {
      key: f.superKey, body: { monthlyCredits: "1", atLimit: "block", alertThresholds: [] },
    });
    expect(status).toBe(403);
    expect(body.error.message).toContain("billing.manage");
  });

  it.each([
    [{ monthlyCredits: "0", atLimit: "block", alertThresholds: [] }, "monthlyCredits"],
    [{ monthlyCredits: 5, atLimit: "block", alertThresholds: [] }, "monthlyCredits"],
    [{ monthlyCredits: "5", atLimit: "stop", alertThresholds: [] }, "atLimit"],
    [{ monthlyCredits: "5", atLimit: "block", alertThresholds: [0] }, "alertThresholds"],
    [{ monthlyCredits: "5", atLimit: "block", alertThresholds: [80, 80] }, "alertThresholds"],
  ])("rejects %j with 400", async (payload, expected) => {
    const { status, body } = await call("PUT", `/org/child_orgs/${f.childBId}/credit_limit`, { key: f.superOwnerKey, body: payload });
    expect(status).toBe(400);
    expect(body.error.message).toContain(expected);
  });
});

describe("usage API surface", () => {
  it("documents the usage routes", async () => {
    const { body } = await call("GET", "/openapi.json");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/usage/events",
        "/api/v1/usage",
        "/api/v1/usage/alerts",
        "/api/v1/org/child_orgs/{id}/usage",
        "/api/v1/org/child_orgs/{id}/credit_limit",
      ]),
    );
  });
});
