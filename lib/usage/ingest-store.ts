import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { NormalizedUsageEvent } from "./ingest-schema";
import { queryRows } from "./query-rows";

const ISO_UTC = sql.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

/** The original result of one recorded event, which a replay of its key returns. */
export interface StoredEventResult {
  idempotencyKey: string;
  eventId: string;
  overage: boolean;
  recordedAt: string;
  /** Null for events migrated from before body hashes were stored. */
  bodyHash: string | null;
}

/**
 * Inserts the idempotency keys of `events` that the org has not used yet, each with a new event id,
 * and returns the claimed ones. Keys are inserted in sorted order so that two batches sharing keys
 * wait for each other instead of deadlocking; a key claimed by a concurrent open transaction
 * waits for it to finish.
 */
export async function claimIdempotencyKeys(
  tx: Db,
  orgId: string,
  events: NormalizedUsageEvent[],
): Promise<Map<string, StoredEventResult>> {
  const input = events.map((event) => ({ k: event.idempotencyKey, h: event.bodyHash, t: event.occurredAt.toISOString() }));
  const rows = await queryRows<{ idempotency_key: string; event_id: string; recorded_at: string; body_hash: string }>(
    tx,
    sql`insert into usage_idempotency_keys (org_id, idempotency_key, body_hash, event_id, occurred_at)
      select ${orgId}, x.k, x.h, nextval('usage_events_id_seq'), x.t
      from json_to_recordset(${JSON.stringify(input)}::json) as x(k text, h text, t timestamptz)
      order by x.k
      on conflict do nothing
      returning idempotency_key, event_id::text as event_id, body_hash,
        to_char(recorded_at at time zone 'UTC', ${ISO_UTC}) as recorded_at`,
  );
  return new Map(rows.map((row) => [row.idempotency_key, toResult(row, false)]));
}

/** Reads the stored results of keys the org already used. */
export async function readStoredResults(tx: Db, orgId: string, keys: string[]): Promise<Map<string, StoredEventResult>> {
  const rows = await queryRows<{ idempotency_key: string; event_id: string; recorded_at: string; body_hash: string | null; overage: boolean }>(
    tx,
    sql`select idempotency_key, event_id::text as event_id, body_hash, overage,
        to_char(recorded_at at time zone 'UTC', ${ISO_UTC}) as recorded_at
      from usage_idempotency_keys
      where org_id = ${orgId} and idempotency_key in (select json_array_elements_text(${JSON.stringify(keys)}::json))`,
  );
  return new Map(rows.map((row) => [row.idempotency_key, toResult(row, row.overage)]));
}

function toResult(
  row: { idempotency_key: string; event_id: string; recorded_at: string; body_hash: string | null },
  overage: boolean,
): StoredEventResult {
  return { idempotencyKey: row.idempotency_key, eventId: row.event_id, overage, recordedAt: row.recorded_at, bodyHash: row.body_hash };
}

/**
 * Inserts new events and adds them to the rollups in one statement: the acting org's daily rows,
 * and the 15-minute and monthly rows of the acting org and of every ancestor (`pathOrgIds`).
 * Each rollup insert is sorted by its key, so concurrent batches lock shared rows in one order.
 */
export async function insertEventsWithRollups(
  tx: Db,
  orgId: string,
  pathOrgIds: string[],
  events: { event: NormalizedUsageEvent; eventId: string; overage: boolean }[],
): Promise<void> {
  const input = events.map(({ event, eventId, overage }) => ({
    id: eventId,
    k: event.idempotencyKey,
    a: event.activity,
    c: event.credits,
    q: event.quantity,
    t: event.occurredAt.toISOString(),
    v: event.voice,
    s: event.soundTemplate,
    m: event.metadata,
    o: overage,
  }));
  await tx.execute(sql`
    with input as materialized (
      select * from json_to_recordset(${JSON.stringify(input)}::json)
        as x(id bigint, k text, a text, c numeric, q integer, t timestamptz, v text, s text, m jsonb, o boolean)
    ),
    path as (select json_array_elements_text(${JSON.stringify(pathOrgIds)}::json) as org_id),
    inserted as (
      insert into usage_events (id, org_id, idempotency_key, activity, credits, quantity, occurred_at, voice_id, sound_template_id, metadata, overage)
      select id, ${orgId}, k, a, c, q, t, v, s, m, o from input
    ),
    daily as (
      insert into usage_daily (org_id, day, activity, calls, credits)
      select ${orgId}, (t at time zone 'UTC')::date, a, count(*), sum(c) from input group by 2, 3 order by 2, 3
      on conflict (org_id, day, activity) do update
        set calls = usage_daily.calls + excluded.calls, credits = usage_daily.credits + excluded.credits
    ),
    quarters as (
      insert into usage_subtree_quarter_hours (org_id, starts_at, activity, calls, credits)
      select path.org_id, date_bin('15 minutes', t, timestamptz '2000-01-01 00:00:00+00'), a, count(*), sum(c)
      from input cross join path group by 1, 2, 3 order by 1, 2, 3
      on conflict (org_id, starts_at, activity) do update
        set calls = usage_subtree_quarter_hours.calls + excluded.calls,
            credits = usage_subtree_quarter_hours.credits + excluded.credits
    ),
    monthly as (
      insert into usage_subtree_monthly (org_id, month, activity, calls, credits)
      select path.org_id, date_trunc('month', t at time zone 'UTC')::date, a, count(*), sum(c)
      from input cross join path group by 1, 2, 3 order by 1, 2, 3
      on conflict (org_id, month, activity) do update
        set calls = usage_subtree_monthly.calls + excluded.calls,
            credits = usage_subtree_monthly.credits + excluded.credits
    )
    select 1`);
}

/** Flags recorded events as overage in their idempotency rows, so that replays report it. */
export async function markOverage(tx: Db, orgId: string, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.execute(sql`
    update usage_idempotency_keys set overage = true
    where org_id = ${orgId} and idempotency_key in (select json_array_elements_text(${JSON.stringify(keys)}::json))`);
}
