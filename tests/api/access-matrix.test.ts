/**
 * Cross-tenant access matrix: every API route and every server action, called by seven callers,
 * with the exact status of each cell and a check that no body names an org the caller may not see.
 *
 * API routes are called over HTTP on the running server (global-setup.ts), with API keys of each
 * caller's role and `x-assume-org`. The route list comes from the code: the OpenAPI document the
 * server builds and the routes of every module in API_MODULES, so a new route without an entry
 * here fails the "covers every route" test by name.
 *
 * Server actions: calling them over HTTP needs Next's per-build action ids, so instead each
 * action's lib function is called in-process with a context built by `contextForUser`, the same
 * builder that runAction uses for the session user, on an in-memory PGlite database. A source
 * check proves that every exported action other than the public ones calls runAction and the lib
 * function its matrix entry exercises. The anonymous column of actions is therefore not executed:
 * runAction's actionContext rejects a request without a session (401) before any lib call, which
 * the source check of run-action.ts pins.
 */
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { API_MODULES } from "@/lib/api/app";
import { UNRESTRICTED } from "@/lib/entitlements/read";
import { call, fixtures } from "./client";

const f = fixtures;
const m = f.matrix;

const CALLERS = ["anonymous", "viewerOfA", "adminOfA", "adminOfB", "superAsA", "superAsOtherTree", "restrictedOfA"] as const;
type Caller = (typeof CALLERS)[number];
type Row = [number, number, number, number, number, number, number];

function credentials(caller: Caller): { key?: string; assume?: string } {
  switch (caller) {
    case "anonymous":
      return {};
    case "viewerOfA":
      return { key: m.viewerAKey };
    case "adminOfA":
      return { key: m.adminAKey };
    case "adminOfB":
      return { key: m.adminBKey, assume: m.childAId };
    case "superAsA":
      return { key: f.superKey, assume: m.childAId };
    case "superAsOtherTree":
      return { key: f.superKey, assume: f.otherChildId };
    case "restrictedOfA":
      return { key: m.developerAKey };
  }
}

/** Ids and names that must never appear in a body sent to `caller`. */
function hiddenFrom(caller: Caller): string[] {
  const otherTree = [f.otherRootId, "Other Platform", "Other Customer"];
  switch (caller) {
    case "anonymous":
      return [...otherTree, f.otherChildId, m.childAId, m.childAName, m.childBId, m.childBName, f.superOrgId, "Acme Voice Platform"];
    case "viewerOfA":
    case "adminOfA":
    case "restrictedOfA":
      return [...otherTree, f.otherChildId, m.childBId, m.childBName, "Acme Voice Platform"];
    case "adminOfB":
      return [...otherTree, f.otherChildId, m.childAName, "Acme Voice Platform"];
    case "superAsA":
      return [...otherTree, f.otherChildId];
    case "superAsOtherTree":
      // The caller sent the other tree's child id itself; its name and parent stay hidden.
      return otherTree;
  }
}

interface RouteCase {
  expected: Row;
  path?: () => string | Promise<string>;
  body?: () => unknown;
}

/** Creates a fresh key of child A (as the super org acting as A) for a DELETE cell. */
async function freshKeyOfA(): Promise<string> {
  const created = await call("POST", "/api_keys", { key: f.superKey, assume: m.childAId, body: { name: `victim ${randomUUID().slice(0, 6)}`, role: "viewer" } });
  expect(created.status).toBe(201);
  return created.body.id;
}

const presetBody = (name: string) => ({ name, ...UNRESTRICTED });

/** Creates a fresh preset owned by child A (as the super org acting as A) for a DELETE cell. */
async function freshPresetOfA(): Promise<string> {
  const created = await call("POST", "/org/entitlement_presets", {
    key: f.superKey,
    assume: m.childAId,
    body: presetBody(`Matrix victim ${randomUUID().slice(0, 6)}`),
  });
  expect(created.status, created.text).toBe(201);
  return created.body.id;
}

/** A child org of child A and a preset owned by child A, created in beforeAll through the API. */
const inA = { childId: "", presetId: "" };
const PRESET_OF_A_NAME = "Matrix standard";

//                                      anon viewerA adminA adminB superA superOther restricted
const ROUTES: Record<string, RouteCase> = {
  "GET /org": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "GET /org/child_orgs": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "POST /org/child_orgs": { expected: [401, 403, 201, 404, 201, 404, 403], body: () => ({ orgName: `Matrix ${randomUUID().slice(0, 6)}` }) },
  "GET /secrets": { expected: [401, 403, 200, 404, 200, 404, 403] },
  "GET /api_keys": { expected: [401, 403, 200, 404, 200, 404, 403] },
  "POST /api_keys": { expected: [401, 403, 201, 404, 201, 404, 403], body: () => ({ name: "matrix key", role: "viewer" }) },
  "DELETE /api_keys/{id}": { expected: [401, 403, 204, 404, 204, 404, 403], path: async () => `/api_keys/${await freshKeyOfA()}` },
  "GET /roles": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "GET /org/child_orgs/{childOrgId}/role_restrictions": {
    expected: [401, 200, 200, 404, 200, 404, 403],
    path: () => `/org/child_orgs/${inA.childId}/role_restrictions`,
  },
  "PUT /org/child_orgs/{childOrgId}/role_restrictions": {
    expected: [401, 403, 200, 404, 200, 404, 403],
    path: () => `/org/child_orgs/${inA.childId}/role_restrictions`,
    body: () => ({ allowedRoles: null, permissionCeiling: null }),
  },
  // The catalog routes list what the acting org itself may use, so they need only org.read.
  "GET /voice": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "POST /voice": { expected: [401, 200, 200, 404, 200, 404, 403], body: () => ({ language: "en-US" }) },
  "GET /voice/parameter": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "GET /sound/template": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "GET /sound/parameter": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "GET /org/child_orgs/{id}/entitlements": {
    expected: [401, 200, 200, 404, 200, 404, 403],
    path: () => `/org/child_orgs/${inA.childId}/entitlements`,
  },
  "PUT /org/child_orgs/{id}/entitlements": {
    expected: [401, 403, 200, 404, 200, 404, 403],
    path: () => `/org/child_orgs/${inA.childId}/entitlements`,
    body: () => UNRESTRICTED,
  },
  "POST /org/entitlements/bulk": {
    expected: [401, 403, 200, 404, 200, 404, 403],
    body: () => ({ childOrgIds: [inA.childId], entitlements: UNRESTRICTED }),
  },
  "GET /org/entitlement_presets": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "POST /org/entitlement_presets": {
    expected: [401, 403, 201, 404, 201, 404, 403],
    body: () => presetBody(`Matrix ${randomUUID().slice(0, 6)}`),
  },
  "GET /org/entitlement_presets/{presetId}": {
    expected: [401, 200, 200, 404, 200, 404, 403],
    path: () => `/org/entitlement_presets/${inA.presetId}`,
  },
  "PUT /org/entitlement_presets/{presetId}": {
    expected: [401, 403, 200, 404, 200, 404, 403],
    path: () => `/org/entitlement_presets/${inA.presetId}`,
    body: () => presetBody(PRESET_OF_A_NAME),
  },
  "DELETE /org/entitlement_presets/{presetId}": {
    expected: [401, 403, 204, 404, 204, 404, 403],
    path: async () => `/org/entitlement_presets/${await freshPresetOfA()}`,
  },
  "PUT /org/child_orgs/{id}/entitlement_preset": {
    expected: [401, 403, 200, 404, 200, 404, 403],
    path: () => `/org/child_orgs/${inA.childId}/entitlement_preset`,
    body: () => ({ presetId: inA.presetId }),
  },
  "DELETE /org/child_orgs/{id}/entitlement_preset": {
    expected: [401, 403, 200, 404, 200, 404, 403],
    path: () => `/org/child_orgs/${inA.childId}/entitlement_preset`,
  },
  // decide() calls no authorize(), so a caller without use.speech gets 200 with allowed false and
  // a permission_missing reason naming its home org. The matrix loop checks that reason.
  "POST /authorize": { expected: [401, 200, 200, 404, 200, 404, 200], body: () => ({ activity: "speech" }) },
  // Recording usage needs use.<activity>, which viewers lack.
  "POST /usage/events": {
    expected: [401, 403, 201, 404, 201, 404, 403],
    body: () => ({ events: [{ idempotencyKey: randomUUID(), activity: "speech", credits: "0.1", occurredAt: new Date().toISOString() }] }),
  },
  "GET /usage": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "GET /usage/alerts": { expected: [401, 200, 200, 404, 200, 404, 403] },
  "GET /org/child_orgs/{id}/usage": {
    expected: [401, 200, 200, 404, 200, 404, 403],
    path: () => `/org/child_orgs/${inA.childId}/usage`,
  },
  "GET /org/child_orgs/{id}/credit_limit": {
    expected: [401, 200, 200, 404, 200, 404, 403],
    path: () => `/org/child_orgs/${inA.childId}/credit_limit`,
  },
  // Setting a limit needs billing.manage, which only owner and billing hold: the admin keys here
  // are refused. tests/api/usage.test.ts sets limits with an owner key.
  "PUT /org/child_orgs/{id}/credit_limit": {
    expected: [401, 403, 403, 404, 403, 404, 403],
    path: () => `/org/child_orgs/${inA.childId}/credit_limit`,
    body: () => ({ monthlyCredits: "100", atLimit: "block", alertThresholds: [80, 100] }),
  },
};

const ALLOWED_IN_A = ["owner", "admin", "billing", "viewer"];

describe("API access matrix", () => {
  beforeAll(async () => {
    // The restricted caller is a developer key of A that worked until its role was disallowed.
    expect((await call("GET", "/roles", { key: m.developerAKey })).status).toBe(200);
    const restricted = await call("PUT", `/org/child_orgs/${m.childAId}/role_restrictions`, {
      key: f.superKey,
      body: { allowedRoles: ALLOWED_IN_A, permissionCeiling: null },
    });
    expect(restricted.status).toBe(200);
    expect(restricted.body.affected).toBe(1);

    const child = await call("POST", "/org/child_orgs", { key: f.superKey, assume: m.childAId, body: { orgName: "Matrix Delta" } });
    expect(child.status, child.text).toBe(201);
    inA.childId = child.body.orgId;
    expect(inA.childId).toMatch(/^[0-9a-f-]{36}$/);
    const preset = await call("POST", "/org/entitlement_presets", { key: f.superKey, assume: m.childAId, body: presetBody(PRESET_OF_A_NAME) });
    expect(preset.status, preset.text).toBe(201);
    inA.presetId = preset.body.id;
  });

  it("covers every route", async () => {
    const { body } = await call("GET", "/openapi.json");
    const documented = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([route, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${route.replace(/^\/api\/v1/, "")}`),
    );
    // Middleware (body limits) shows up in `routes` with the method ALL; it is not a route.
    const registered = API_MODULES.flatMap((module) =>
      module.routes.filter((route) => route.method !== "ALL").map((route) => `${route.method.toUpperCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    for (const route of registered) expect(documented, `${route} is not in the OpenAPI document: register it with createRoute`).toContain(route);
    for (const route of documented) expect(Object.keys(ROUTES), `${route} has no entry in the access matrix`).toContain(route);
    expect(Object.keys(ROUTES).sort()).toEqual([...new Set(documented)].sort());
    process.stdout.write(`API access matrix: ${documented.length} routes × ${CALLERS.length} callers = ${documented.length * CALLERS.length} cells\n`);
  });

  for (const [route, entry] of Object.entries(ROUTES)) {
    const [method = "GET", template = "/"] = route.split(" ");
    it.each(CALLERS.map((caller, index) => [caller, entry.expected[index]] as const))(`${route} as %s → %i`, async (caller, expected) => {
      const target = entry.path ? await entry.path() : template;
      const response = await call(method, target, { ...credentials(caller), body: entry.body?.() });
      expect(response.status, response.text).toBe(expected);
      for (const hidden of hiddenFrom(caller)) expect(response.text, `body leaks "${hidden}"`).not.toContain(hidden);
      if (expected === 403) expect(response.body.error.message).toMatch(/permission|super org|parent org/);
      if (route === "POST /authorize" && (caller === "viewerOfA" || caller === "restrictedOfA")) {
        expect(response.body.allowed).toBe(false);
        expect(response.body.reasons.map((reason: { code: string }) => reason.code)).toEqual(["permission_missing"]);
      }
    });
  }
});

describe("entitlement routes with another tenant's ids", () => {
  it("rejects a preset of the parent org as unknown", async () => {
    const ofSuper = await call("POST", "/org/entitlement_presets", { key: f.superKey, body: presetBody(`Matrix parent ${randomUUID().slice(0, 6)}`) });
    expect(ofSuper.status, ofSuper.text).toBe(201);
    const linked = await call("PUT", `/org/child_orgs/${inA.childId}/entitlement_preset`, { key: m.adminAKey, body: { presetId: ofSuper.body.id } });
    expect(linked.status).toBe(404);
    expect(linked.text).not.toContain("Acme Voice Platform");
    expect((await call("GET", `/org/entitlement_presets/${ofSuper.body.id}`, { key: m.adminAKey })).status).toBe(404);
  });

  it("rejects a preset of a child org for the parent", async () => {
    expect((await call("PUT", `/org/entitlement_presets/${inA.presetId}`, { key: f.superKey, body: presetBody(PRESET_OF_A_NAME) })).status).toBe(404);
    expect((await call("DELETE", `/org/entitlement_presets/${inA.presetId}`, { key: f.superKey })).status).toBe(404);
  });

  it("rejects a bulk change naming a sibling without naming it", async () => {
    const response = await call("POST", "/org/entitlements/bulk", {
      key: m.adminAKey,
      body: { childOrgIds: [inA.childId, m.childBId], entitlements: UNRESTRICTED },
    });
    expect(response.status).toBe(404);
    expect(response.text).not.toContain(m.childBId);
  });

  it.each([
    ["a sibling", () => m.childBId],
    ["an org of another tree", () => f.otherChildId],
  ])("hides the entitlements of %s", async (_label, target) => {
    const response = await call("GET", `/org/child_orgs/${target()}/entitlements`, { key: m.adminAKey });
    expect(response.status).toBe(404);
    expect(response.text).not.toContain("Matrix Bravo");
    expect(response.text).not.toContain("Other Customer");
  });
});

describe("API keys and restrictions over HTTP", () => {
  it("returns the key once and rejects it after revocation", async () => {
    const created = await call("POST", "/api_keys", { key: f.superKey, body: { name: "rotated" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: "admin", name: "rotated" });
    expect((await call("GET", "/org", { key: created.body.key })).status).toBe(200);
    const listed = await call("GET", "/api_keys", { key: f.superKey });
    const row = listed.body.find((key: { id: string }) => key.id === created.body.id);
    expect(row).toMatchObject({ role: "admin", createdBy: "API key Demo key", revokedAt: null });
    expect(listed.text).not.toContain(created.body.key);
    expect((await call("DELETE", `/api_keys/${created.body.id}`, { key: f.superKey })).status).toBe(204);
    expect((await call("GET", "/org", { key: created.body.key })).status).toBe(401);
    expect((await call("DELETE", `/api_keys/${created.body.id}`, { key: f.superKey })).status).toBe(404);
  });

  it.each([
    ["an unknown role", { name: "k", role: "wizard" }, 400, "wizard"],
    ["a role not allowed in the child", { name: "k", role: "developer" }, 400, "Matrix Alpha"],
    ["a missing name", { role: "viewer" }, 400, "name"],
  ])("rejects a key with %s", async (_label, body, status, named) => {
    const before = await call("GET", "/api_keys", { key: f.superKey, assume: m.childAId });
    const response = await call("POST", "/api_keys", { key: f.superKey, assume: m.childAId, body });
    expect(response.status).toBe(status);
    expect(response.body.error.message).toContain(named);
    expect((await call("GET", "/api_keys", { key: f.superKey, assume: m.childAId })).body).toHaveLength(before.body.length);
  });

  it("rejects a key with a role above the creator", async () => {
    const response = await call("POST", "/api_keys", { key: m.adminAKey, body: { name: "k", role: "owner" } });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("role_above_own");
  });

  it.each([
    ["an unknown permission", { allowedRoles: null, permissionCeiling: ["org.read", "org.fly"] }, "org.fly"],
    ["an unknown role", { allowedRoles: ["wizard"], permissionCeiling: null }, "wizard"],
    ["a ceiling above the setter", { allowedRoles: null, permissionCeiling: ["billing.manage"] }, "billing.manage"],
  ])("rejects restrictions with %s and keeps the old ones", async (_label, body, named) => {
    const path = `/org/child_orgs/${m.childBId}/role_restrictions`;
    const before = await call("GET", path, { key: f.superKey });
    const response = await call("PUT", path, { key: f.superKey, body });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(named);
    expect((await call("GET", path, { key: f.superKey })).body).toEqual(before.body);
  });
});

describe("server actions", () => {
  const featuresDir = path.join(process.cwd(), "features");
  const actionFiles = fs
    .readdirSync(featuresDir)
    .map((feature) => path.join(featuresDir, feature, "actions.ts"))
    .filter((file) => fs.existsSync(file));
  const exported = actionFiles.flatMap((file) => {
    const source = fs.readFileSync(file, "utf8");
    return [...source.matchAll(/export async function (\w+Action)\(/g)].map((match) => ({ name: match[1] ?? "", file, source }));
  });

  it("finds the server actions", () => {
    expect(exported.length).toBeGreaterThan(10);
  });

  it.each(exported.map((action) => [action.name, action] as const))("%s goes through runAction or is public", async (name, action) => {
    const { ACTION_MATRIX, PUBLIC_ACTIONS } = await import("./action-matrix");
    const body = functionBody(action.source, name);
    if (name in PUBLIC_ACTIONS) {
      expect(body).not.toContain("runAction(");
      return;
    }
    const entry = ACTION_MATRIX[name as keyof typeof ACTION_MATRIX];
    expect(entry, `${name} has no entry in the action matrix (tests/api/action-matrix.ts)`).toBeDefined();
    expect(body).toContain(`runAction("${name.replace(/Action$/, "")}"`);
    expect(body, `${name} should call ${entry?.lib}`).toContain(`${entry?.lib}(`);
  });

  it("rejects actions without a session before any rule runs", () => {
    const runAction = fs.readFileSync(path.join(process.cwd(), "lib/actions/run-action.ts"), "utf8");
    const console = fs.readFileSync(path.join(process.cwd(), "lib/auth/console.ts"), "utf8");
    expect(runAction.indexOf("actionContext(")).toBeLessThan(runAction.indexOf("await body("));
    expect(console).toMatch(/if \(!user\) throw new AppError\(401/);
  });
});

/** The text of `export async function name(...) {...}` up to the next export. */
function functionBody(source: string, name: string): string {
  const start = source.indexOf(`export async function ${name}(`);
  const next = source.indexOf("export ", start + 1);
  return source.slice(start, next === -1 ? undefined : next);
}

describe("server action matrix (in-process, same context builder as runAction)", async () => {
  const { ACTION_MATRIX, PRESET_OF_A_NAME: ACTION_PRESET_NAME } = await import("./action-matrix");
  const { orgs } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const { createEntitlementPreset } = await import("@/lib/entitlements/presets-write");
  const { contextForUser } = await import("@/lib/auth/user-context");
  const { openDatabase } = await import("@/lib/db/open");
  const { runMigrations } = await import("@/lib/db/migrate");
  const { createTree, insertOrg, insertUser, keyContext } = await import("@/lib/testing/tenants");
  const { createCustomRole } = await import("@/lib/roles/custom-roles");
  const { setRoleRestrictions } = await import("@/lib/roles/restrictions");
  const { AppError } = await import("@/lib/errors");

  const ACTION_CALLERS = CALLERS.filter((caller) => caller !== "anonymous");
  type ActionCaller = Exclude<Caller, "anonymous">;
  let fx: import("./action-matrix").ActionFixtures;
  let tree: Awaited<ReturnType<typeof createTree>>;
  const users = {} as Record<ActionCaller, { user: { userId: string; email: string }; orgId: string }>;

  beforeAll(async () => {
    const database = await openDatabase({});
    await runMigrations(database);
    const db = database.db;
    tree = await createTree(db, "Action matrix");
    // A is a super org, so that preset and child org cells reach their success path as A.
    await db.update(orgs).set({ canHaveChildren: true }).where(eq(orgs.id, tree.childA.id));
    tree.childA = { ...tree.childA, canHaveChildren: true };
    const grandchild = await insertOrg(db, { name: "Action matrix grandchild", parent: tree.childA });
    const superAdmin = await insertUser(db, tree.root, "admin");
    const role = await createCustomRole(db, await keyContext(db, tree.root, "owner"), { name: "auditor", permissions: ["audit.read"] });
    const restricted = await insertUser(db, tree.childA, "developer");
    Object.assign(users, {
      viewerOfA: { user: await insertUser(db, tree.childA, "viewer"), orgId: tree.childA.id },
      adminOfA: { user: await insertUser(db, tree.childA, "admin"), orgId: tree.childA.id },
      adminOfB: { user: await insertUser(db, tree.childB, "admin"), orgId: tree.childA.id },
      superAsA: { user: superAdmin, orgId: tree.childA.id },
      superAsOtherTree: { user: superAdmin, orgId: tree.otherChild.id },
      restrictedOfA: { user: restricted, orgId: tree.childA.id },
    });
    // "Just restricted": the developer could read members until the parent disallowed the role.
    expect((await contextForUser(db, restricted, tree.childA.id, "r")).permissions.has("members.read")).toBe(true);
    await setRoleRestrictions(db, await keyContext(db, tree.root, "admin"), tree.childA.id, {
      allowedRoles: ["owner", "admin", "billing", "viewer"],
      permissionCeiling: null,
    });
    const presetOfA = await createEntitlementPreset(db, await keyContext(db, tree.childA, "owner"), { name: ACTION_PRESET_NAME, ...UNRESTRICTED });
    fx = { db, childA: tree.childA, grandchild, rootRoleId: role.id ?? "", presetOfAId: presetOfA.id };
    process.stdout.write(
      `Server action matrix: ${Object.keys(ACTION_MATRIX).length} actions × ${ACTION_CALLERS.length} callers = ${Object.keys(ACTION_MATRIX).length * ACTION_CALLERS.length} cells (+ anonymous, rejected by runAction)\n`,
    );
  });

  function hidden(caller: ActionCaller): string[] {
    const otherTree = [tree.otherRoot.id, tree.otherRoot.name, tree.otherChild.name];
    if (caller === "superAsOtherTree") return otherTree;
    if (caller === "superAsA") return [...otherTree, tree.otherChild.id];
    const outside = [...otherTree, tree.otherChild.id, tree.root.name];
    return caller === "adminOfB" ? [...outside, tree.childA.name] : [...outside, tree.childB.id, tree.childB.name];
  }

  for (const [name, entry] of Object.entries(ACTION_MATRIX)) {
    it.each(ACTION_CALLERS.map((caller, index) => [caller, entry.expected[index]] as const))(`${name} as %s → %i`, async (caller, expected) => {
      let status = 200;
      let text = "";
      try {
        const context = await contextForUser(fx.db, users[caller].user, users[caller].orgId, randomUUID());
        text = JSON.stringify((await entry.run(context, fx)) ?? null);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        status = error.status;
        text = error.message;
      }
      expect(status, text).toBe(expected);
      for (const value of hidden(caller)) expect(text, `result leaks "${value}"`).not.toContain(value);
    });
  }
});
