/**
 * `npm run bench`: usage ingestion over HTTP against a plain INSERT ... SELECT, and the usage
 * dashboard of a super org with many child orgs, on a fresh PostgreSQL database that is dropped
 * afterwards. Needs `npm run build` first, because it starts the real server. Prints a Markdown
 * report for docs/benchmarks.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import { insertApiKey } from "@/lib/api-keys/create";
import { runMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import type { Database } from "@/lib/db/types";
import { ensureCatalog, insertOrg } from "@/lib/testing/tenants";
import { benchDashboard, generateDashboardData } from "./dashboard";
import { benchHttpIngest } from "./ingest-http";
import { describeMachine } from "./machine";
import { startServer, type RunningServer } from "./server-process";

const settings = {
  adminUrl: process.env.BENCH_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres",
  databaseName: process.env.BENCH_DATABASE_NAME ?? `portal_bench_${process.pid}`,
  httpBatches: Number(process.env.BENCH_HTTP_BATCHES ?? 200),
  concurrencies: (process.env.BENCH_CONCURRENCY ?? "1,2,4").split(",").map(Number),
  ingestChildren: Number(process.env.BENCH_INGEST_CHILDREN ?? 8),
  dashboardChildren: Number(process.env.BENCH_CHILDREN ?? 1000),
  dashboardEvents: Number(process.env.BENCH_EVENTS ?? 10_000_000),
  runs: Number(process.env.BENCH_RUNS ?? 50),
};
const BATCH_SIZE = 1000;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: settings.adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Times INSERT ... SELECT of the rows that HTTP ingestion stored, copied to a staging table first. */
async function benchInsertSelect(database: Database, childIds: string[]): Promise<{ rows: number; seconds: number }> {
  const ids = JSON.stringify(childIds);
  await database.db.execute(sql`
    create table bench_staging as
    select org_id, idempotency_key || '-copy' as idempotency_key, activity, credits, quantity, occurred_at, voice_id, sound_template_id, metadata
    from usage_events
    where org_id in (select json_array_elements_text(${ids}::json)) and idempotency_key like 'timed-%'`);
  const started = performance.now();
  const result = (await database.db.execute(sql`
    insert into usage_events (org_id, idempotency_key, activity, credits, quantity, occurred_at, voice_id, sound_template_id, metadata)
    select org_id, idempotency_key, activity, credits, quantity, occurred_at, voice_id, sound_template_id, metadata from bench_staging`)) as unknown as { rowCount: number };
  const seconds = (performance.now() - started) / 1000;
  await database.db.execute(sql`drop table bench_staging`);
  return { rows: result.rowCount, seconds };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("The benchmark starts the production server: run `npm run build` first.");
  }
  if (!/^[a-z0-9_]+$/.test(settings.databaseName)) throw new Error("BENCH_DATABASE_NAME may contain only a-z, 0-9 and _.");
  const url = new URL(settings.adminUrl);
  url.pathname = `/${settings.databaseName}`;
  log(`creating database ${settings.databaseName}`);
  await adminQuery(`create database ${settings.databaseName}`);

  let database: Database | undefined;
  let server: RunningServer | undefined;
  try {
    database = await openDatabase({ url: url.toString() });
    await runMigrations(database);
    const db = database.db;
    // Ingestion checks voice ids against the catalog, as POST /authorize does.
    await ensureCatalog(db);

    const superOrg = await insertOrg(db, { name: "Ingest super org", canHaveChildren: true });
    const children = [];
    for (let index = 0; index < settings.ingestChildren; index++) {
      children.push(await insertOrg(db, { name: `Ingest child ${index}`, parent: superOrg }));
    }
    const { key } = await insertApiKey(db, { orgId: superOrg.id, name: "bench", role: "admin" });
    server = await startServer(url.toString());

    const childIds = children.map((child) => child.id);
    const runs = [];
    for (const concurrency of settings.concurrencies) {
      log(`HTTP ingestion: ${settings.httpBatches} batches of ${BATCH_SIZE}, ${concurrency} concurrent`);
      runs.push(
        await benchHttpIngest(server.baseUrl, key, childIds, {
          batches: settings.httpBatches,
          batchSize: BATCH_SIZE,
          concurrency,
          warmupBatches: 5,
          keyPrefix: `c${concurrency}`,
        }),
      );
    }
    log("INSERT ... SELECT of the same rows");
    const plain = await benchInsertSelect(database, childIds);
    const plainRate = plain.rows / plain.seconds;
    const loadAverage = os.loadavg().map((value) => value.toFixed(1)).join(", ");

    log(`dashboard data: ${settings.dashboardChildren} child orgs, ${settings.dashboardEvents} events`);
    const data = await generateDashboardData(url.toString(), { children: settings.dashboardChildren, events: settings.dashboardEvents, log });
    const timings = await benchDashboard(db, server.baseUrl, data, settings.runs);

    const lines = [
      `Machine: ${describeMachine()}.`,
      "",
      "Ingestion over HTTP (POST /api/v1/usage/events, real server, PostgreSQL):",
      "",
      `Load average after ingestion (1, 5, 15 min): ${loadAverage}.`,
      "",
      `| concurrent fetch loops | events | HTTP events/s | batch p50 | batch p95 | of INSERT ... SELECT |`,
      "| --- | --- | --- | --- | --- | --- |",
      ...runs.map(
        (run) =>
          `| ${run.concurrency} | ${run.batches} x ${BATCH_SIZE} over ${settings.ingestChildren} child orgs | ${Math.round(run.eventsPerSecond)} | ` +
          `${run.p50Ms.toFixed(0)} ms | ${run.p95Ms.toFixed(0)} ms | ${((100 * run.eventsPerSecond) / plainRate).toFixed(0)} % |`,
      ),
      "",
      `INSERT ... SELECT of the same ${plain.rows} rows from a staging table into usage_events, one statement: ` +
        `${Math.round(plainRate)} rows/s (${plain.seconds.toFixed(2)} s).`,
      "",
      `Dashboard of a super org with ${settings.dashboardChildren} child orgs and ${data.events} events in ${data.period.month} ` +
        `(generated in ${data.generateSeconds.toFixed(0)} s, rollups rebuilt in ${data.rollupSeconds.toFixed(0)} s), ${settings.runs} runs after 3 warm-up runs:`,
      "",
      "| query | p50 | p95 |",
      "| --- | --- | --- |",
      ...timings.map((timing) => `| ${timing.label}, ${timing.runs} runs | ${timing.p50Ms.toFixed(1)} ms | ${timing.p95Ms.toFixed(1)} ms |`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await server?.stop();
    await database?.close();
    log(`dropping database ${settings.databaseName}`);
    await adminQuery(`drop database if exists ${settings.databaseName} with (force)`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
