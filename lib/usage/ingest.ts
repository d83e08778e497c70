import { authorize } from "@/lib/access/authorize";
import { recordAudit } from "@/lib/audit/record";
import type { Activity } from "@/lib/catalog/activities";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Conflict, Forbidden, Invalid } from "@/lib/errors";
import { isActivityAllowed } from "./activity-access";
import { applyCreditLimits, fireCreditAlerts, lockCreditLimits, type FiredAlert } from "./credit-limit-enforce";
import { parseUsageBatch, type NormalizedUsageEvent } from "./ingest-schema";
import { claimIdempotencyKeys, insertEventsWithRollups, markOverage, readStoredResults, type StoredEventResult } from "./ingest-store";
import { ensureUsagePartitions } from "./partitions";
import { fromMicroCredits, toMicroCredits } from "./summary";

/** Accepted `occurredAt` window, relative to the time the server receives the batch. */
export const MAX_EVENT_AGE_DAYS = 35;
export const MAX_EVENT_LEAD_MINUTES = 5;
const DEADLOCK_RETRIES = 2;

export interface IngestedEvent {
  index: number;
  idempotencyKey: string;
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
  for (const [activity, index] of firstIndexByActivity) {
    if (!(await isActivityAllowed(db, org.id, activity))) {
      throw new Forbidden(
        `events[${index}].activity: organization ${org.id} may not use the ${activity} activity; its entitlements (or a parent org's) exclude it.`,
        "activity_not_allowed",
      );
    }
  }
  await ensureUsagePartitions(db, events.map((event) => event.occurredAt));

  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction((tx) => recordBatch(tx, context, events));
    } catch (error) {
      if (attempt >= DEADLOCK_RETRIES || !isDeadlock(error)) throw error;
    }
  }
}

async function recordBatch(tx: Db, context: RequestContext, events: NormalizedUsageEvent[]): Promise<IngestResult> {
  const org = context.actingOrg;
  const pathOrgIds = [...org.ancestorIds, org.id];
  const limits = await lockCreditLimits(tx, pathOrgIds);

  const claimed = await claimIdempotencyKeys(tx, org.id, events);
  const newEvents = events.filter((event) => claimed.has(event.idempotencyKey));
  const previous = newEvents.length < events.length
    ? await readStoredResults(tx, org.id, events.filter((event) => !claimed.has(event.idempotencyKey)).map((event) => event.idempotencyKey))
    : new Map<string, StoredEventResult>();
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

  const { overageIndexes, uses } = await applyCreditLimits(tx, limits, newEvents);
  if (newEvents.length > 0) {
    await insertEventsWithRollups(
      tx,
      org.id,
      pathOrgIds,
      newEvents.map((event) => ({ event, eventId: claimed.get(event.idempotencyKey)?.eventId ?? "", overage: overageIndexes.has(event.index) })),
    );
  }
  const overageKeys = newEvents.filter((event) => overageIndexes.has(event.index)).map((event) => event.idempotencyKey);
  await markOverage(tx, org.id, overageKeys);
  const alerts = await fireCreditAlerts(tx, context, uses);

  const creditsMicro = newEvents.reduce((sum, event) => sum + toMicroCredits(event.credits), 0n);
  const result: IngestResult = {
    recorded: newEvents.length,
    duplicates: events.length - newEvents.length,
    credits: fromMicroCredits(creditsMicro),
    overage: overageKeys.length > 0,
    events: events.map((event) => describeEvent(event, claimed, previous, overageIndexes)),
    alerts,
  };
  if (newEvents.length > 0) {
    await recordAudit(tx, context, "usage.ingest", {
      targetOrgId: org.id,
      data: { recorded: result.recorded, duplicates: result.duplicates, credits: result.credits, overage: result.overage },
    });
  }
  return result;
}

function describeEvent(
  event: NormalizedUsageEvent,
  claimed: Map<string, StoredEventResult>,
  previous: Map<string, StoredEventResult>,
  overageIndexes: Set<number>,
): IngestedEvent {
  const fresh = claimed.get(event.idempotencyKey);
  const stored = fresh ?? previous.get(event.idempotencyKey);
  return {
    index: event.index,
    idempotencyKey: event.idempotencyKey,
    eventId: stored?.eventId ?? "",
    status: fresh ? "recorded" : "duplicate",
    overage: fresh ? overageIndexes.has(event.index) : (stored?.overage ?? false),
    recordedAt: stored?.recordedAt ?? "",
  };
}

function assertWithinWindow(events: NormalizedUsageEvent[], now: Date): void {
  const earliest = now.getTime() - MAX_EVENT_AGE_DAYS * 86_400_000;
  const latest = now.getTime() + MAX_EVENT_LEAD_MINUTES * 60_000;
  for (const event of events) {
    const time = event.occurredAt.getTime();
    if (time < earliest || time > latest) {
      throw new Invalid(
        `events[${event.index}].occurredAt: must be at most ${MAX_EVENT_AGE_DAYS} days in the past and at most ` +
          `${MAX_EVENT_LEAD_MINUTES} minutes in the future (server time ${now.toISOString()}); got ${event.occurredAt.toISOString()}.`,
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

function isDeadlock(error: unknown): boolean {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: string }).code === "40P01") return true;
  }
  return false;
}
