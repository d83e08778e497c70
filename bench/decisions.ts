/**
 * Measures entitlement decisions: in process, and over HTTP against the real server next to a
 * plain node:http server returning a constant JSON body, in the same run. The acting org is
 * three levels deep with a deny list at each level, reached with the root's key and x-assume-org.
 *
 * Usage: npm run build && npm run bench:decisions
 * Environment: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32), and BENCH_DATABASE_URL
 * for PostgreSQL (default: PGlite in a temporary directory).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { insertApiKey } from "@/lib/api-keys/create";
import { contextFromApiKey } from "@/lib/auth/api-key-context";
import { runMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import { decide } from "@/lib/entitlements/decide";
import { createDeepTree, DEEP_TREE_DENIED } from "@/lib/testing/deep-tree";
import { ensureCatalog } from "@/lib/testing/tenants";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const IN_PROCESS_DECISIONS = 200_000;
const REQUEST = { activity: "speech", voice: DEEP_TREE_DENIED.mid.voice, soundTemplate: "summit" };

export interface HttpResult {
  requestsPerSecond: number;
  latencyP99Ms: number;
  serverP99Ms: number | null;
  errors: number;
  non2xx: number;
}

export interface DecisionBenchResult {
  machine: string;
  database: string;
  inProcessMicroseconds: { mean: number; p99: number };
  plain: HttpResult;
  decisions: HttpResult;
}

async function seed(dataDir: string | undefined, url: string | undefined) {
  const database = await openDatabase(url ? { url } : { dataDir });
  try {
    await runMigrations(database);
    await ensureCatalog(database.db);
    const tree = await createDeepTree(database.db, `bench ${Date.now()}`);
    const { key } = await insertApiKey(database.db, { orgId: tree.root.id, name: "bench", role: "admin" });
    const inProcess = await measureInProcess(database.db, key, tree.leaf.id);
    return { key, leafId: tree.leaf.id, inProcess };
  } finally {
    await database.close();
  }
}

async function measureInProcess(db: Parameters<typeof decide>[0], key: string, leafId: string) {
  const context = await contextFromApiKey(db, { apiKey: key, assumeOrg: leafId }, "bench");
  const first = await decide(db, context, REQUEST);
  if (first.allowed || first.reasons[0]?.orgId !== context.actingOrg.ancestorIds[1]) {
    throw new Error(`unexpected decision: ${JSON.stringify(first)}`);
  }
  for (let i = 0; i < 20_000; i++) await decide(db, context, REQUEST);
  const samples = new Float64Array(IN_PROCESS_DECISIONS);
  for (let i = 0; i < IN_PROCESS_DECISIONS; i++) {
    const started = process.hrtime.bigint();
    await decide(db, context, REQUEST);
    samples[i] = Number(process.hrtime.bigint() - started) / 1000;
  }
  samples.sort();
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  return { mean: round(mean), p99: round(samples[Math.floor(samples.length * 0.99)] ?? 0) };
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

function start(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, args, { env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "ignore", "inherit"] });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with ${child.exitCode}`);
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not respond within 60 s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGTERM");
  return exited;
}

/** Runs autocannon and reads each response's Server-Timing header, when the server sends one. */
async function load(options: { url: string; method: "GET" | "POST"; headers?: Record<string, string>; body?: string }): Promise<HttpResult> {
  const serverTimes: number[] = [];
  const result = await autocannon({
    ...options,
    connections: CONNECTIONS,
    duration: SECONDS,
    setupClient: (client) => {
      client.on("headers", (response: { headers: string[] }) => {
        const { headers } = response;
        for (let i = 0; i < headers.length; i += 2) {
          if (headers[i]?.toLowerCase() !== "server-timing") continue;
          const match = /dur=([\d.]+)/.exec(headers[i + 1] ?? "");
          if (match) serverTimes.push(Number(match[1]));
        }
      });
    },
  });
  serverTimes.sort((a, b) => a - b);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP99Ms: result.latency.p99,
    serverP99Ms: serverTimes.length > 0 ? (serverTimes[Math.floor(serverTimes.length * 0.99)] ?? null) : null,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const PLAIN_SERVER = `
const http = require("node:http");
const body = JSON.stringify({ allowed: true, reasons: [] });
http.createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    response.end(body);
  });
}).listen(Number(process.env.PORT), "127.0.0.1");
`;

export async function runDecisionBench(): Promise<DecisionBenchResult> {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("The server needs a production build: run `npm run build` first.");
  }
  const url = process.env.BENCH_DATABASE_URL || undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const dataDir = path.join(dir, "pglite");
  const children: ChildProcess[] = [];
  try {
    const { key, leafId, inProcess } = await seed(url ? undefined : dataDir, url);
    const [appPort, plainPort] = await Promise.all([freePort(), freePort()]);
    const app = start([...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir=" + process.env.BENCH_CPU_PROF] : []), "--import", "tsx", "server.ts"], {
      PORT: String(appPort), PGLITE_DIR: dataDir, DATABASE_URL: url ?? "", NODE_ENV: "production", DEMO: "",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "info", NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    });
    const plain = start(["-e", PLAIN_SERVER], { PORT: String(plainPort) });
    children.push(app, plain);
    await waitFor(`http://127.0.0.1:${appPort}/api/v1/health`, app);
    await waitFor(`http://127.0.0.1:${plainPort}/`, plain);

    const body = JSON.stringify(REQUEST);
    const decisionRequest = {
      url: `http://127.0.0.1:${appPort}/api/v1/authorize`,
      method: "POST" as const,
      headers: { "content-type": "application/json", "x-api-key": key, "x-assume-org": leafId },
      body,
    };
    const check = await fetch(decisionRequest.url, { method: "POST", headers: decisionRequest.headers, body });
    const answer = (await check.json()) as { allowed: boolean };
    if (check.status !== 200 || answer.allowed) throw new Error(`unexpected response ${check.status}: ${JSON.stringify(answer)}`);

    const plainResult = await load({ url: `http://127.0.0.1:${plainPort}/`, method: "POST", headers: { "content-type": "application/json" }, body });
    const decisions = await load(decisionRequest);
    return {
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
      database: url ? "PostgreSQL" : "PGlite",
      inProcessMicroseconds: inProcess,
      plain: plainResult,
      decisions,
    };
  } finally {
    await Promise.all(children.map(stop));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runDecisionBench()
    .then((result) => {
      const ratio = Math.round((result.decisions.requestsPerSecond / result.plain.requestsPerSecond) * 100);
      process.stdout.write(`${JSON.stringify(result, null, 2)}\ndecisions reach ${ratio} % of plain node:http\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    });
}
