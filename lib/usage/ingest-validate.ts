import { hash } from "node:crypto";
import { ACTIVITIES, isActivity } from "@/lib/catalog/activities";
import { Invalid } from "@/lib/errors";
import { creditsToMicro, CREDITS_RULE, describeValue, hasUnstorableText, normalizeCreditsValue, UNSTORABLE_MESSAGE } from "./credit-values";
import { MAX_EVENTS_PER_BATCH, MAX_METADATA_BYTES, parseEventTime, type NormalizedUsageEvent } from "./ingest-schema";

/*
 * A hand-written validator for the hot path: the zod schemas in ./ingest-schema.ts cost about
 * 25 µs per event (25 ms per batch) on the benchmark machine, this about 1 µs. The zod schemas
 * document the API, and ingest-validate.test.ts checks that both accept and reject the same inputs.
 */

const EVENT_FIELDS = new Set(["idempotencyKey", "activity", "credits", "quantity", "occurredAt", "voice", "soundTemplate", "metadata"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(field: string, message: string): never {
  throw new Invalid(`${field}: ${message}`, field);
}

/** Validates a batch and returns its events normalized, or throws Invalid naming the index and field. */
export function parseUsageBatch(raw: unknown): NormalizedUsageEvent[] {
  if (!isPlainObject(raw)) fail("body", "must be a JSON object with an events array");
  for (const key of Object.keys(raw)) if (key !== "events") fail("body", `unknown field "${key.slice(0, 40)}"; the only field is events`);
  const events = raw.events;
  if (!Array.isArray(events)) fail("events", `must be an array of events; got ${describeValue(events)}`);
  if (events.length === 0) fail("events", "must contain at least one event");
  if (events.length > MAX_EVENTS_PER_BATCH) {
    fail("events", `a batch may contain at most ${MAX_EVENTS_PER_BATCH} events; got ${events.length}. Split it into several requests.`);
  }
  return events.map((event, index) => parseEvent(event, index));
}

function parseEvent(raw: unknown, index: number): NormalizedUsageEvent {
  const at = `events[${index}]`;
  if (!isPlainObject(raw)) fail(at, "must be an object");
  for (const key of Object.keys(raw)) {
    if (!EVENT_FIELDS.has(key)) fail(at, `unknown field "${key.slice(0, 40)}"; allowed fields: ${[...EVENT_FIELDS].join(", ")}`);
  }

  const key = raw.idempotencyKey;
  if (typeof key !== "string") fail(`${at}.idempotencyKey`, `must be a string; got ${describeValue(key)}`);
  if (key.length === 0) fail(`${at}.idempotencyKey`, "must not be empty");
  if (key.length > 200) fail(`${at}.idempotencyKey`, "must be at most 200 characters");
  if (hasUnstorableText(key)) fail(`${at}.idempotencyKey`, UNSTORABLE_MESSAGE);

  const activity = raw.activity;
  if (typeof activity !== "string" || !isActivity(activity)) fail(`${at}.activity`, `must be one of: ${ACTIVITIES.join(", ")}`);

  const credits = normalizeCreditsValue(raw.credits);
  if (credits === undefined) fail(`${at}.credits`, `must be ${CREDITS_RULE}; got ${describeValue(raw.credits)}`);

  const quantity = raw.quantity ?? 1;
  if (typeof quantity !== "number" || !Number.isInteger(quantity)) fail(`${at}.quantity`, "must be a whole number");
  if (quantity < 1 || quantity > 1_000_000) fail(`${at}.quantity`, "must be between 1 and 1000000");

  const occurredAtMs = parseTimestamp(raw.occurredAt, `${at}.occurredAt`);
  const occurredAtIso = toIsoUtc(raw.occurredAt as string, occurredAtMs);
  const voice = optionalId(raw.voice, `${at}.voice`);
  const soundTemplate = optionalId(raw.soundTemplate, `${at}.soundTemplate`);

  const metadata = raw.metadata ?? null;
  if (metadata !== null) {
    if (!isPlainObject(metadata)) fail(`${at}.metadata`, "must be a JSON object");
    if (Buffer.byteLength(JSON.stringify(metadata)) > MAX_METADATA_BYTES) fail(`${at}.metadata`, `must be at most ${MAX_METADATA_BYTES} bytes of JSON`);
    if (hasUnstorableText(metadata)) fail(`${at}.metadata`, UNSTORABLE_MESSAGE);
  }

  // The hash covers the normalized body without the key; the object is built once, because
  // spreading it again cost about 3 µs per event.
  const canonical = JSON.stringify([activity, credits, quantity, occurredAtIso, voice, soundTemplate, canonicalJson(metadata)]);
  const bodyHash = hash("sha256", canonical, "hex");
  const creditsMicro = creditsToMicro(credits);
  return { index, idempotencyKey: key, activity, credits, creditsMicro, quantity, occurredAtMs, occurredAtIso, voice, soundTemplate, metadata, bodyHash };
}

function parseTimestamp(value: unknown, field: string): number {
  const time = typeof value === "string" ? parseEventTime(value) : Number.NaN;
  if (Number.isNaN(time)) {
    fail(field, `must be an RFC 3339 date-time with an offset and at most millisecond precision, such as "2026-03-01T23:30:00-08:00"; got ${describeValue(value)}`);
  }
  return time;
}

/** The ISO 8601 UTC form with milliseconds; a UTC input is padded without building a Date. */
function toIsoUtc(value: string, time: number): string {
  if (!value.endsWith("Z")) return new Date(time).toISOString();
  const fraction = value.length > 20 ? value.slice(20, -1) : "";
  return `${value.slice(0, 19)}.${fraction.padEnd(3, "0")}Z`;
}

function optionalId(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value.length === 0 || value.length > 100) fail(field, "must be a string of 1 to 100 characters");
  if (hasUnstorableText(value)) fail(field, UNSTORABLE_MESSAGE);
  return value;
}

/** JSON with object keys sorted at every level, so that key order does not change the hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}


