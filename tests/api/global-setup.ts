import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import type { TestProject } from "vitest/node";
import { orgs } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { insertApiKey } from "@/lib/api-keys/create";
import { runMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import type { Db } from "@/lib/db/client";
import { insertOrg } from "@/lib/testing/tenants";
import { findOrgById } from "@/lib/orgs/queries";

export interface ApiFixtures {
  baseUrl: string;
  superOrgId: string;
  superKey: string;
  superViewerKey: string;
  /** An owner key, because setting credit limits needs billing.manage, which admin keys lack. */
  superOwnerKey: string;
  childAId: string;
  childAKey: string;
  childBId: string;
  suspendedId: string;
  otherRootId: string;
  otherChildId: string;
  otherRootKey: string;
  /**
   * Two children of the super org used only by the access matrix, so that its restrictions touch no
   * other test. Child A is a super org itself.
   */
  matrix: {
    childAId: string;
    childAName: string;
    childBId: string;
    childBName: string;
    viewerAKey: string;
    adminAKey: string;
    developerAKey: string;
    adminBKey: string;
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    fixtures: ApiFixtures;
  }
}

const SUPER_KEY = "sk_test_super_org_key_0123456789abcdefghij";

async function orgIdByName(db: Db, name: string): Promise<string> {
  const [row] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.name, name));
  if (!row) throw new Error(`demo org ${name} missing`);
  return row.id;
}

/** Seeds the demo tree plus a second tree into a fresh PGlite directory, before the server opens it. */
async function seedFixtures(dataDir: string): Promise<Omit<ApiFixtures, "baseUrl">> {
  const database = await openDatabase({ dataDir });
  try {
    await runMigrations(database);
    const db = database.db;
    const seeded = await seedDemo(db, { password: "api-test-password", apiKey: SUPER_KEY });
    if (!seeded.superOrgId) throw new Error("demo seed did not run");
    const childAId = await orgIdByName(db, "Northwind Audiobooks");
    const otherRoot = await insertOrg(db, { name: "Other Platform", canHaveChildren: true });
    const otherChild = await insertOrg(db, { name: "Other Customer", parent: otherRoot });
    if (!(await findOrgById(db, childAId))) throw new Error("child A missing");
    const superOrg = await findOrgById(db, seeded.superOrgId);
    if (!superOrg) throw new Error("super org missing");
    // Alpha is a super org itself, so that callers acting as it reach the success path of the
    // routes on descendants and presets; the access matrix creates its child and preset over HTTP.
    const matrixA = await insertOrg(db, { name: "Matrix Alpha", parent: superOrg, canHaveChildren: true });
    const matrixB = await insertOrg(db, { name: "Matrix Bravo", parent: superOrg });
    const keyOf = async (orgId: string, role: string) => (await insertApiKey(db, { orgId, name: `matrix ${role}`, role })).key;
    return {
      matrix: {
        childAId: matrixA.id,
        childAName: matrixA.name,
        childBId: matrixB.id,
        childBName: matrixB.name,
        viewerAKey: await keyOf(matrixA.id, "viewer"),
        adminAKey: await keyOf(matrixA.id, "admin"),
        developerAKey: await keyOf(matrixA.id, "developer"),
        adminBKey: await keyOf(matrixB.id, "admin"),
      },
      superOrgId: seeded.superOrgId,
      superKey: SUPER_KEY,
      superViewerKey: (await insertApiKey(db, { orgId: seeded.superOrgId, name: "viewer", role: "viewer" })).key,
      superOwnerKey: (await insertApiKey(db, { orgId: seeded.superOrgId, name: "owner", role: "owner" })).key,
      childAId,
      childAKey: (await insertApiKey(db, { orgId: childAId, name: "child A", role: "admin" })).key,
      childBId: await orgIdByName(db, "Globex Learning"),
      suspendedId: await orgIdByName(db, "Umbrella Ads"),
      otherRootId: otherRoot.id,
      otherChildId: otherChild.id,
      otherRootKey: (await insertApiKey(db, { orgId: otherRoot.id, name: "other", role: "admin" })).key,
    };
  } finally {
    await database.close();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy within 60 s:\n${output()}`);
}

/** Starts the real server (custom server, Hono and Next) on a free port against seeded data. */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("API tests need a production build: run `npm run build` first (npm test does).");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-api-"));
  const dataDir = path.join(dir, "pglite");
  const fixtures = await seedFixtures(dataDir);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  let log = "";
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: { ...process.env, PORT: String(port), PGLITE_DIR: dataDir, DATABASE_URL: "", NODE_ENV: "production", LOG_LEVEL: "warn", DEMO: "" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await waitForHealth(baseUrl, child, () => log);
  project.provide("fixtures", { ...fixtures, baseUrl });

  return async () => {
    if (child.pid && child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
