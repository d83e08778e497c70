import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "@/db/schema";
import type { Db } from "@/lib/db/client";
import { insertApiKey } from "@/lib/api-keys/create";
import { findOrgById } from "@/lib/orgs/queries";
import { ensureUsagePartitions } from "@/lib/usage/partitions";
import { getUsagePeriodView } from "@/lib/usage/period-view";
import { rebuildUsageRollups } from "@/lib/usage/rollups";
import { billingPeriod, type BillingPeriod } from "@/lib/usage/period";
import { insertOrg, keyContext } from "@/lib/testing/tenants";
import { percentile } from "./machine";

const TIME_ZONE = "America/Los_Angeles";
const CHUNK_EVENTS = 1_000_000;

export interface DashboardData {
  rootId: string;
  apiKey: string;
  period: BillingPeriod;
  events: number;
  generateSeconds: number;
  rollupSeconds: number;
}

export interface Timing {
  label: string;
  runs: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * Creates a super org with `children` child orgs and `events` usage events spread over one past
 * billing period, written with generate_series in SQL (not through the API), then builds the
 * rollups from them as ingestion would have, and vacuums as autovacuum would on a live server.
 * It runs on one dedicated connection with foreign-key triggers off and asynchronous commit, to
 * generate faster; no idempotency keys are stored for these events.
 */
export async function generateDashboardData(
  url: string,
  options: { children: number; events: number; log: (line: string) => void },
): Promise<DashboardData> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("set synchronous_commit = off; set work_mem = '256MB'; set maintenance_work_mem = '256MB'");
    // Turning triggers off needs a superuser; without one, generation only takes longer.
    await client.query("set session_replication_role = replica").catch(() => options.log("  foreign-key checks stay on (not a superuser)"));
    return await generate(drizzle(client, { schema }) as unknown as Db, client, options);
  } finally {
    await client.end();
  }
}

async function generate(
  db: Db,
  client: pg.Client,
  options: { children: number; events: number; log: (line: string) => void },
): Promise<DashboardData> {
  const now = new Date();
  const period = billingPeriod(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7));
  const root = await insertOrg(db, { name: "Bench super org", canHaveChildren: true });
  await db.execute(sql`
    insert into orgs (id, name, parent_id, root_id, ancestor_ids)
    select gen_random_uuid()::text, 'Bench child ' || n, ${root.id}, ${root.id}, array[${root.id}]
    from generate_series(1, ${options.children}) as n`);
  await ensureUsagePartitions(db, [period.start]);

  const seconds = Math.round((period.end.getTime() - period.start.getTime()) / 1000);
  const generateStarted = performance.now();
  for (let first = 0; first < options.events; first += CHUNK_EVENTS) {
    const last = Math.min(options.events, first + CHUNK_EVENTS) - 1;
    // Each child uses four of the eleven activities; times and credits are spread deterministically.
    await db.execute(sql`
      with c as (select row_number() over (order by id) - 1 as n, id from orgs where parent_id = ${root.id})
      insert into usage_events (org_id, idempotency_key, activity, credits, quantity, occurred_at)
      select c.id, 'gen-' || g,
        (array['script','speech','syncTts','voice','sound','mastering','media','lexi','connector','webhooks','voiceIntelligence'])[1 + (c.n + (g / ${options.children}) % 4) % 11],
        ((g * 7919) % 2000000) / 1000000.0, 1 + g % 3,
        ${period.start.toISOString()}::timestamptz + ((g * 104729) % ${seconds}) * interval '1 second'
      from generate_series(${first}::bigint, ${last}::bigint) as g
      join c on c.n = g % ${options.children}`);
    options.log(`  generated ${last + 1} of ${options.events} events`);
  }
  const generateSeconds = (performance.now() - generateStarted) / 1000;

  const rollupStarted = performance.now();
  await rebuildUsageRollups(db, [root.id]);
  await client.query("vacuum analyze");
  const rollupSeconds = (performance.now() - rollupStarted) / 1000;
  const { key } = await insertApiKey(db, { orgId: root.id, name: "bench", role: "admin" });
  return { rootId: root.id, apiKey: key, period, events: options.events, generateSeconds, rollupSeconds };
}

async function time(label: string, runs: number, body: () => Promise<unknown>): Promise<Timing> {
  for (let warmup = 0; warmup < 3; warmup++) await body();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await body();
    samples.push(performance.now() - started);
  }
  return { label, runs, p50Ms: percentile(samples, 0.5), p95Ms: percentile(samples, 0.95) };
}

/** Times the period view in process (server time) and the usage reports over HTTP (round trip). */
export async function benchDashboard(db: Db, baseUrl: string, data: DashboardData, runs: number): Promise<Timing[]> {
  const rootOrg = await findOrgById(db, data.rootId);
  if (!rootOrg) throw new Error("bench super org missing");
  const root = await keyContext(db, rootOrg, "admin");
  const get = async (path: string) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, { headers: { "x-api-key": data.apiKey } });
    const text = await response.text();
    if (!response.ok) throw new Error(`GET ${path} returned ${response.status}: ${text.slice(0, 300)}`);
  };
  const range = `from=${data.period.firstDay}&to=${billingPeriod(undefined, data.period.end).firstDay}`;
  return [
    await time(`getUsagePeriodView, ${TIME_ZONE} (in process)`, runs, () =>
      getUsagePeriodView(db, root, { month: data.period.month, tz: TIME_ZONE }),
    ),
    await time(`GET /usage daily by activity, ${TIME_ZONE} local month (HTTP)`, runs, () =>
      get(`/usage?from=${data.period.firstDay}&to=${billingPeriod(undefined, data.period.end).firstDay}&tz=${TIME_ZONE}`),
    ),
    await time("GET /usage monthly by child org, UTC period (HTTP)", runs, () => get(`/usage?${range}&granularity=month&groupBy=org`)),
    await time("GET /usage daily by child org, UTC period (HTTP)", Math.max(3, Math.floor(runs / 5)), () => get(`/usage?${range}&groupBy=org`)),
  ];
}
