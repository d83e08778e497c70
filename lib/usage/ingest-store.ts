import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import type { NormalizedUsageEvent } from "./ingest-schema";
import { arrayLiteral } from "./pg-array";
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

/** Reads the stored results of keys the org already used. */
export async function readStoredResults(tx: Db, orgId: string, keys: string[]): Promise<Map<string, StoredEventResult>> {
  const rows = await queryRows<{ idempotency_key: string; event_id: string; recorded_at: string; body_hash: string | null; overage: boolean }>(
    tx,
    sql`select idempotency_key, event_id::text as event_id, body_hash, overage,
        to_char(recorded_at at time zone 'UTC', ${ISO_UTC}) as recorded_at
      from usage_idempotency_keys
      where org_id = ${orgId} and idempotency_key = any(${arrayLiteral(keys)}::text[])`,
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
 * In one statement: claims the idempotency keys of `events` that the org has not used yet (each
 * with a new event id), inserts the events of those keys, and returns the claimed keys with their
 * results. It skips keys it sees as used instead of using ON CONFLICT, which doubled the cost of
 * the key insert; a key that a concurrent transaction commits meanwhile makes the insert fail with
 * a unique violation, and the caller retries. Keys are inserted in sorted order, so two batches
 * that share keys wait for each other instead of deadlocking.
 */
export async function recordNewEvents(
  tx: Db,
  orgId: string,
  events: NormalizedUsageEvent[],
  overageIndexes: Set<number>,
): Promise<Map<string, StoredEventResult>> {
  const column = <T extends string | number | boolean | null>(value: (event: NormalizedUsageEvent) => T) => arrayLiteral(events.map(value));
  const rows = await queryRows<{ idempotency_key: string; event_id: string; recorded_at: string; body_hash: string; overage: boolean }>(
    tx,
    sql`
    with input as materialized (
      select * from unnest(
        ${column((event) => event.idempotencyKey)}::text[],
        ${column((event) => event.bodyHash)}::text[],
        ${column((event) => event.activity)}::text[],
        ${column((event) => event.credits)}::numeric[],
        ${column((event) => event.quantity)}::integer[],
        ${column((event) => event.occurredAtIso)}::timestamptz[],
        ${column((event) => event.voice)}::text[],
        ${column((event) => event.soundTemplate)}::text[],
        ${column((event) => (event.metadata === null ? null : JSON.stringify(event.metadata)))}::jsonb[],
        ${column((event) => overageIndexes.has(event.index))}::boolean[]
      ) as x(k, h, a, c, q, t, v, s, m, o)
    ),
    fresh as materialized (
      select input.*, nextval('usage_events_id_seq') as event_id
      from input
      where not exists (select 1 from usage_idempotency_keys u where u.org_id = ${orgId} and u.idempotency_key = input.k)
      order by input.k
    ),
    claimed as (
      insert into usage_idempotency_keys (org_id, idempotency_key, body_hash, event_id, occurred_at, overage)
      select ${orgId}, k, h, event_id, t, o from fresh
      returning idempotency_key, event_id, body_hash, overage, recorded_at
    ),
    inserted as (
      insert into usage_events (id, org_id, idempotency_key, activity, credits, quantity, occurred_at, voice_id, sound_template_id, metadata, overage)
      select event_id, ${orgId}, k, a, c, q, t, v, s, m, o from fresh
    )
    select idempotency_key, event_id::text as event_id, body_hash, overage,
      to_char(recorded_at at time zone 'UTC', ${ISO_UTC}) as recorded_at
    from claimed`,
  );
  return new Map(rows.map((row) => [row.idempotency_key, toResult(row, row.overage)]));
}
