import { authorize } from "@/lib/access/authorize";
import { recordAudit } from "@/lib/audit/record";
import type { Activity } from "@/lib/catalog/activities";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { decide, type DenialCode } from "@/lib/entitlements/decide";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { applyCreditLimits, fireCreditAlerts, lockCreditLimits, type FiredAlert, type PeriodUse } from "./credit-limit-enforce";
import type { NormalizedUsageEvent } from "./ingest-schema";
import { parseUsageBatch } from "./ingest-validate";
import { readStoredResults, recordNewEvents, type StoredEventResult } from "./ingest-store";
import { addToRollups } from "./rollup-update";
import { ensureUsagePartitionMonths, monthStart } from "./partitions";
import { fromMicroCredits } from "./summary";

/** Accepted `occurredAt` window, relative to the time the server receives the batch. */
export const MAX_EVENT_AGE_DAYS = 35;
export const MAX_EVENT_LEAD_MINUTES = 5;
// Retries of a transaction that lost a race: a deadlock, or a key a concurrent batch committed first.
const RACE_RETRIES = 3;

/** The result of one event: `events[i]` of a result belongs to `events[i]` of the request. */
export interface IngestedEvent {
  eventId: string;
  /** "duplicate" when the key was recorded before; the other fields are then the original result. */
  status: "recorded" | "duplicate";
  overage: boolean;
  recordedAt: string;
}

export interface IngestResult {
  recorded: number;
  duplicates: number;
  /** Credits of the events recorded by this request, as an exact decimal. */
  credits: string;
  /** True when any event of this request was accepted past an "overage" credit limit. */
  overage: boolean;
  events: IngestedEvent[];
  /** Credit alerts that this request made fire. */
  alerts: FiredAlert[];
}

/**
 * Records a batch of up to 1,000 usage events for the acting org, all or nothing. Each event
 * needs `use.<activity>` and an activity the entitlements of the org and its ancestors allow. A
 * key the org already used returns its original result without counting again, unless the body
 * differs (409). Credit limits of the acting org and its ancestors are enforced per billing period.
 */
export async function ingestUsageEvents(db: Db, context: RequestContext, rawBody: unknown): Promise<IngestResult> {
  const events = parseUsageBatch(rawBody);
  const org = context.actingOrg;
  const firstIndexByActivity = new Map<Activity, number>();
  for (const event of events) if (!firstIndexByActivity.has(event.activity)) firstIndexByActivity.set(event.activity, event.index);
  for (const activity of firstIndexByActivity.keys()) authorize(context, `use.${activity}`);
  assertWithinWindow(events, new Date());
  assertUniqueKeys(events);
  await assertEntitled(db, org, events);
  await ensureUsagePartitionMonths(db, events.map((event) => monthStart(event.occurredAtIso)));

  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction((tx) => recordBatch(tx, context, events));
    } catch (error) {
      if (attempt >= RACE_RETRIES || !isLostRace(error)) throw error;
    }
  }
}

// The field of an event that each denial of decide() points at.
const DENIED_FIELD: Record<DenialCode, string> = {
  org_suspended: "activity",
  permission_missing: "activity",
  activity_not_allowed: "activity",
  voice_not_allowed: "voice",
  sound_template_not_allowed: "soundTemplate",
  voice_intelligence_not_allowed: "activity",
};

/**
 * Rejects the batch when an event uses what POST /authorize would deny the org: an activity,
 * voice or sound design its entitlements (or an ancestor's) exclude, Voice Intelligence when it
 * is off, or an unknown voice or sound design id. Names the first such event. Reads only the
 * in-memory caches when nothing changed.
 */
async function assertEntitled(db: Db, org: Org, events: NormalizedUsageEvent[]): Promise<void> {
  const checked = new Set<string>();
  for (const event of events) {
    const question = { activity: event.activity, voice: event.voice ?? undefined, soundTemplate: event.soundTemplate ?? undefined };
    const key = `${question.activity}\u0000${question.voice ?? ""}\u0000${question.soundTemplate ?? ""}`;
    if (checked.has(key)) continue;
    checked.add(key);
    let decision;
    try {
      decision = await decide(db, org, question);
    } catch (error) {
      if (error instanceof Invalid) throw new Invalid(`events[${event.index}].${error.message}`, `events[${event.index}].${error.field ?? ""}`);
      throw error;
    }
    const [reason] = decision.reasons;
    if (reason) throw new Forbidden(`events[${event.index}].${DENIED_FIELD[reason.code]}: ${reason.message}`, reason.code);
  }
}

async function recordBatch(tx: Db, context: RequestContext, events: NormalizedUsageEvent[]): Promise<IngestResult> {
  const org = context.actingOrg;
  const pathOrgIds = [...org.ancestorIds, org.id];
  const limits = await lockCreditLimits(tx, pathOrgIds);

  // Under a limit, the batches of this org are serialized by the lock, so the keys read here stay
  // unused until the insert; the limit is then checked on the new events only.
  let previous = new Map<string, StoredEventResult>();
  let overageIndexes = new Set<number>();
  let uses: PeriodUse[] = [];
  if (limits.length > 0) {
    previous = await readStoredResults(tx, org.id, events.map((event) => event.idempotencyKey));
    assertSameBodies(events, previous);
    ({ overageIndexes, uses } = await applyCreditLimits(tx, limits, events.filter((event) => !previous.has(event.idempotencyKey))));
  }

  const claimed = await recordNewEvents(tx, org.id, events, overageIndexes);
  const newEvents = events.filter((event) => claimed.has(event.idempotencyKey));
  if (newEvents.length < events.length && limits.length === 0) {
    previous = await readStoredResults(tx, org.id, events.filter((event) => !claimed.has(event.idempotencyKey)).map((event) => event.idempotencyKey));
    assertSameBodies(events, previous);
  }
  const alerts = await fireCreditAlerts(tx, context, uses);

  const creditsMicro = newEvents.reduce((sum, event) => sum + event.creditsMicro, 0n);
  const result: IngestResult = {
    recorded: newEvents.length,
    duplicates: events.length - newEvents.length,
    credits: fromMicroCredits(creditsMicro),
    overage: newEvents.some((event) => overageIndexes.has(event.index)),
    events: events.map((event) => describeEvent(event, claimed, previous)),
    alerts,
  };
  if (newEvents.length > 0) {
    await recordAudit(tx, context, "usage.ingest", {
      targetOrgId: org.id,
      data: { recorded: result.recorded, duplicates: result.duplicates, credits: result.credits, overage: result.overage },
    });
  }
  await addToRollups(tx, org.id, pathOrgIds, newEvents);
  return result;
}

function assertSameBodies(events: NormalizedUsageEvent[], previous: Map<string, StoredEventResult>): void {
  for (const event of events) {
    const stored = previous.get(event.idempotencyKey);
    if (stored?.bodyHash && stored.bodyHash !== event.bodyHash) {
      throw new Conflict(
        `events[${event.index}].idempotencyKey: "${event.idempotencyKey}" was already recorded with a different body. Send the original body to replay it, or use a new key.`,
        `events[${event.index}].idempotencyKey`,
        "idempotency_key_reused",
      );
    }
  }
}

function describeEvent(
  event: NormalizedUsageEvent,
  claimed: Map<string, StoredEventResult>,
  previous: Map<string, StoredEventResult>,
): IngestedEvent {
  const fresh = claimed.get(event.idempotencyKey);
  const stored = fresh ?? previous.get(event.idempotencyKey);
  return {
    eventId: stored?.eventId ?? "",
    status: fresh ? "recorded" : "duplicate",
    overage: stored?.overage ?? false,
    recordedAt: stored?.recordedAt ?? "",
  };
}

function assertWithinWindow(events: NormalizedUsageEvent[], now: Date): void {
  const earliest = now.getTime() - MAX_EVENT_AGE_DAYS * 86_400_000;
  const latest = now.getTime() + MAX_EVENT_LEAD_MINUTES * 60_000;
  for (const event of events) {
    const time = event.occurredAtMs;
    if (time < earliest || time > latest) {
      throw new Invalid(
        `events[${event.index}].occurredAt: must be at most ${MAX_EVENT_AGE_DAYS} days in the past and at most ` +
          `${MAX_EVENT_LEAD_MINUTES} minutes in the future (server time ${now.toISOString()}); got ${event.occurredAtIso}.`,
        `events[${event.index}].occurredAt`,
      );
    }
  }
}

function assertUniqueKeys(events: NormalizedUsageEvent[]): void {
  const seen = new Map<string, number>();
  for (const event of events) {
    const first = seen.get(event.idempotencyKey);
    if (first !== undefined) {
      throw new Invalid(
        `events[${event.index}].idempotencyKey: "${event.idempotencyKey}" is also used by events[${first}] in this batch; each event needs its own key.`,
        `events[${event.index}].idempotencyKey`,
      );
    }
    seen.set(event.idempotencyKey, event.index);
  }
}

function isLostRace(error: unknown): boolean {
  return isUniqueViolation(error, "usage_idempotency_keys_org_id_idempotency_key_pk") || hasErrorCode(error, "40P01");
}

function hasErrorCode(error: unknown, code: string): boolean {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: string }).code === code) return true;
  }
  return false;
}
