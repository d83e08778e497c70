import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { UNRESTRICTED } from "@/lib/entitlements/read";
import { call, fixtures } from "./client";

const f = fixtures;

describe("GET /org", () => {
  it("returns the key's home org", async () => {
    const { status, body } = await call("GET", "/org", { key: f.superKey });
    expect(status).toBe(200);
    expect(body).toMatchObject({ orgId: f.superOrgId, orgName: "Acme Voice Platform", parentOrgId: null, isSuperOrg: true, status: "active" });
    expect(body.entitlements).toMatchObject({ voices: "all", voiceIntelligence: true });
    expect(Number.isNaN(Date.parse(body.createdAt))).toBe(false);
  });

  it("assumes into a child org", async () => {
    const { status, body } = await call("GET", "/org", { key: f.superKey, assume: f.childAId });
    expect(status).toBe(200);
    expect(body).toMatchObject({ orgId: f.childAId, parentOrgId: f.superOrgId, isSuperOrg: false });
  });

  it("reads header names in any case", async () => {
    const { status, body } = await call("GET", "/org", { headers: { "X-API-KEY": f.superKey, "X-Assume-Org": f.childAId } });
    expect(status).toBe(200);
    expect(body.orgId).toBe(f.childAId);
  });

  it("rejects a missing key with 401", async () => {
    const { status, body } = await call("GET", "/org");
    expect(status).toBe(401);
    expect(body.error.code).toBe("unauthenticated");
    expect(body.error.message).toContain("x-api-key");
  });

  it.each([
    ["unknown", `sk_${"x".repeat(40)}`],
    ["too short", "sk_short"],
    ["empty", ""],
    ["too long", "k".repeat(5000)],
  ])("rejects an API key that is %s with 401", async (_label, key) => {
    const { status, body } = await call("GET", "/org", { key });
    expect(status).toBe(401);
    expect(body.error.code).toBe("unauthenticated");
  });

  it("rejects assume into a sibling of the key's org with 404", async () => {
    const { status, body } = await call("GET", "/org", { key: f.childAKey, assume: f.childBId });
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "not_found", message: `Organization ${f.childBId} not found.` } });
  });

  it("rejects assume into the key's parent with 404", async () => {
    const { status, body } = await call("GET", "/org", { key: f.childAKey, assume: f.superOrgId });
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });

  it("answers an unknown id and another tree's org with the same 404", async () => {
    const unknownId = randomUUID();
    const unknown = await call("GET", "/org", { key: f.superKey, assume: unknownId });
    const foreign = await call("GET", "/org", { key: f.superKey, assume: f.otherChildId });
    expect(unknown.status).toBe(404);
    expect(foreign.status).toBe(404);
    expect(unknown.text.replace(unknownId, "<id>")).toBe(foreign.text.replace(f.otherChildId, "<id>"));
    expect(foreign.text).not.toContain("Other Customer");
  });

  it("accepts an org id in upper case", async () => {
    const { status, body } = await call("GET", "/org", { key: f.superKey, assume: f.childAId.toUpperCase() });
    expect(status).toBe(200);
    expect(body.orgId).toBe(f.childAId);
  });

  it("rejects a malformed org id with 400", async () => {
    const { status, body } = await call("GET", "/org", { key: f.superKey, assume: "not-a-uuid" });
    expect(status).toBe(400);
    expect(body.error.message).toContain("x-assume-org");
  });

  it("rejects an empty x-assume-org with 400", async () => {
    const { status, body } = await call("GET", "/org", { key: f.superKey, assume: "" });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_request");
  });

  it("rejects assume into a suspended child with 403", async () => {
    const { status, body } = await call("GET", "/org", { key: f.superKey, assume: f.suspendedId });
    expect(status).toBe(403);
    expect(body.error.code).toBe("org_suspended");
  });

  it("rejects assume without orgs.assume with 403", async () => {
    const { status, body } = await call("GET", "/org", { key: f.superViewerKey, assume: f.childAId });
    expect(status).toBe(403);
    expect(body.error.message).toContain("orgs.assume");
  });
});

describe("/org/child_orgs", () => {
  it("lists child orgs with usage this period", async () => {
    const { status, body } = await call("GET", "/org/child_orgs", { key: f.superKey });
    expect(status).toBe(200);
    const names = body.map((child: { orgName: string }) => child.orgName);
    expect(names).toEqual(expect.arrayContaining(["Northwind Audiobooks", "Globex Learning", "Initech Podcasts", "Umbrella Ads"]));
    expect(names).not.toContain("Other Customer");
    const northwind = body.find((child: { orgId: string }) => child.orgId === f.childAId);
    expect(northwind).toMatchObject({ parentOrgId: f.superOrgId, status: "active", members: 3 });
    expect(northwind.usage.credits).toMatch(/^\d+(\.\d+)?$/);
    expect(northwind.usage.period).toMatch(/^\d{4}-\d{2}$/);
  });

  it("lists nothing for a child org without children", async () => {
    const { status, body } = await call("GET", "/org/child_orgs", { key: f.childAKey });
    expect(status).toBe(200);
    expect(body).toEqual([]);
  });

  it("creates a child org (201)", async () => {
    const orgName = `Created ${randomUUID().slice(0, 8)}`;
    const created = await call("POST", "/org/child_orgs", { key: f.superKey, body: { orgName } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ orgName, parentOrgId: f.superOrgId, isSuperOrg: false, status: "active" });
    const listed = await call("GET", "/org/child_orgs", { key: f.superKey });
    expect(listed.body.map((child: { orgId: string }) => child.orgId)).toContain(created.body.orgId);
    const assumed = await call("GET", "/org", { key: f.superKey, assume: created.body.orgId });
    expect(assumed.status).toBe(200);
  });

  it("rejects a duplicate sibling name with 409", async () => {
    const { status, body } = await call("POST", "/org/child_orgs", { key: f.superKey, body: { orgName: "northwind audiobooks" } });
    expect(status).toBe(409);
    expect(body.error.code).toBe("org_name_taken");
  });

  it.each([
    ["missing", {}],
    ["empty", { orgName: "" }],
    ["of 81 characters", { orgName: "n".repeat(81) }],
    ["that is a number", { orgName: 5 }],
    ["inside an array body", [{ orgName: "Array" }]],
  ])("rejects orgName %s with 400", async (_label, payload) => {
    const { status, body } = await call("POST", "/org/child_orgs", { key: f.superKey, body: payload });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/orgName|body/);
  });

  it.each([
    ["an API key name with NUL", "/api_keys", { name: "a\u0000b", role: "viewer" }, "name"],
    ["an API key name with a lone surrogate", "/api_keys", { name: "a\uD800b", role: "viewer" }, "name"],
    ["a preset name with NUL", "/org/entitlement_presets", { name: "a\u0000b", ...UNRESTRICTED }, "name"],
    ["an org name with a lone surrogate", "/org/child_orgs", { orgName: "a\uDC00b" }, "orgName"],
  ])("rejects %s with 400", async (_label, path, payload, field) => {
    const { status, body } = await call("POST", path, { key: f.superKey, body: payload });
    expect(status, JSON.stringify(body)).toBe(400);
    expect(body.error.message).toContain(field);
  });

  it("rejects a NUL character in orgName with 400", async () => {
    const { status, body } = await call("POST", "/org/child_orgs", { key: f.superKey, body: { orgName: "a\u0000b" } });
    expect(status).toBe(400);
    expect(body.error.message).toContain("control characters");
  });

  it("rejects a body over 2 MiB with 413", async () => {
    const { status, body } = await call("POST", "/org/child_orgs", {
      key: f.superKey,
      rawBody: JSON.stringify({ orgName: "x".repeat(3 * 1024 * 1024) }),
    });
    expect(status).toBe(413);
    expect(body.error.code).toBe("payload_too_large");
  });

  it.each([
    ["over 2 MiB with 413", 3 * 1024 * 1024, 413],
    ["under 2 MiB as usual", 1024, 201],
  ])("counts a chunked body without content-length: %s", async (_label, size, expected) => {
    // A stream body makes fetch send transfer-encoding: chunked, so only counting the bytes can tell.
    const bytes = new TextEncoder().encode(JSON.stringify({ orgName: `Chunked ${randomUUID().slice(0, 6)}`, padding: "x".repeat(size) }));
    const body = new ReadableStream({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 64 * 1024) controller.enqueue(bytes.slice(offset, offset + 64 * 1024));
        controller.close();
      },
    });
    const response = await fetch(`${f.baseUrl}/api/v1/org/child_orgs`, {
      method: "POST",
      headers: { "x-api-key": f.superKey, "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    const parsed = await response.json();
    expect(response.status, JSON.stringify(parsed)).toBe(expected);
    if (expected === 413) expect(parsed.error.code).toBe("payload_too_large");
  });

  it("echoes x-request-id and reports Server-Timing", async () => {
    const sent = await fetch(`${f.baseUrl}/api/v1/org`, { headers: { "x-api-key": f.superKey, "x-request-id": "trace-123" } });
    expect(sent.headers.get("x-request-id")).toBe("trace-123");
    expect(sent.headers.get("server-timing")).toMatch(/^app;dur=\d+(\.\d+)?$/);
    const generated = await fetch(`${f.baseUrl}/api/v1/org`, { headers: { "x-api-key": "wrong-key-wrong-key-wrong-key-wrong-key" } });
    expect(generated.status).toBe(401);
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("documents x-assume-org on every route", async () => {
    const { body } = await call("GET", "/openapi.json");
    type Operation = { parameters?: { name: string; in: string }[] };
    const paths = body.paths as Record<string, Record<string, Operation>>;
    const operations: Operation[] = Object.values(paths).flatMap((methods) => Object.values(methods));
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations) {
      expect(operation.parameters?.some((parameter) => parameter.name === "x-assume-org" && parameter.in === "header")).toBe(true);
    }
  });

  it("rejects malformed JSON with 400", async () => {
    const { status, body } = await call("POST", "/org/child_orgs", { key: f.superKey, rawBody: "{nope" });
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_json");
  });

  it("creates a super org child that may have children of its own", async () => {
    const created = await call("POST", "/org/child_orgs", { key: f.superKey, body: { orgName: `Reseller ${randomUUID().slice(0, 6)}`, isSuperOrg: true } });
    expect(created.status, created.text).toBe(201);
    expect(created.body.isSuperOrg).toBe(true);
    const grandchild = await call("POST", "/org/child_orgs", { key: f.superKey, assume: created.body.orgId, body: { orgName: "End customer" } });
    expect(grandchild.status, grandchild.text).toBe(201);
    expect(grandchild.body.parentOrgId).toBe(created.body.orgId);
    expect(grandchild.body.isSuperOrg).toBe(false);
  });

  it("rejects isSuperOrg that is not a boolean with 400", async () => {
    const { status, body } = await call("POST", "/org/child_orgs", { key: f.superKey, body: { orgName: "Typed", isSuperOrg: "yes" } });
    expect(status).toBe(400);
    expect(body.error.message).toContain("isSuperOrg");
  });

  it("rejects create under non-super org", async () => {
    const { status, body } = await call("POST", "/org/child_orgs", { key: f.childAKey, body: { orgName: "Nested" } });
    expect(status).toBe(403);
    expect(body.error.code).toBe("not_a_super_org");
  });

  it("rejects creating as a viewer with 403", async () => {
    const { status, body } = await call("POST", "/org/child_orgs", { key: f.superViewerKey, body: { orgName: "By viewer" } });
    expect(status).toBe(403);
    expect(body.error.message).toContain("childOrgs.manage");
  });

  it("creates under the assumed org when it is a super org only", async () => {
    const { status } = await call("POST", "/org/child_orgs", { key: f.superKey, assume: f.childAId, body: { orgName: "Grandchild" } });
    expect(status).toBe(403);
  });
});

describe("GET /secrets", () => {
  it("returns masked secrets", async () => {
    const { status, body } = await call("GET", "/secrets", { key: f.superKey });
    expect(status).toBe(200);
    expect(body.apiKey).toContain("•");
    expect(body.apiKey).not.toBe(f.superKey);
    expect(body.apiKey.startsWith(f.superKey.slice(0, 6))).toBe(true);
    expect(body.webhookUrl).toBe("https://hooks.acme.example/audio");
    expect(body.webhookSecret).toContain("•");
  });

  it("shows nothing of another org's key to an assumed child", async () => {
    const { status, body } = await call("GET", "/secrets", { key: f.superKey, assume: f.childAId });
    expect(status).toBe(200);
    expect(body.apiKey ?? "").not.toContain(f.superKey.slice(-4));
    expect(body.webhookUrl).toBeNull();
  });

  it("rejects a viewer with 403", async () => {
    const { status, body } = await call("GET", "/secrets", { key: f.superViewerKey });
    expect(status).toBe(403);
    expect(body.error.message).toContain("apiKeys.manage");
  });
});

describe("API surface", () => {
  it("serves the OpenAPI document without a key", async () => {
    const { status, body } = await call("GET", "/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(["/api/v1/org", "/api/v1/org/child_orgs", "/api/v1/secrets"]));
  });

  it("answers an unknown route with 404 JSON", async () => {
    const { status, body } = await call("GET", "/nope", { key: f.superKey });
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });

  it("rejects cookie-less writes without a key with 401", async () => {
    const { status } = await call("POST", "/org/child_orgs", { body: { orgName: "anon" } });
    expect(status).toBe(401);
  });
});
