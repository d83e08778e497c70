import { z } from "zod";
import { ACTIVITIES, type Activity } from "@/lib/catalog/activities";
import { CREDITS_RULE, describeValue, hasUnstorableText, normalizeCreditsValue, UNSTORABLE_MESSAGE } from "./credit-values";

export const MAX_EVENTS_PER_BATCH = 1000;
export const MAX_METADATA_BYTES = 1000;
// RFC 3339 with an offset and at most millisecond precision, which is what is stored.
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

const Credits = z.union([z.string(), z.number()]).transform((value, context) => {
  const normalized = normalizeCreditsValue(value);
  if (normalized === undefined) {
    context.addIssue({ code: "custom", message: `must be ${CREDITS_RULE}; got ${describeValue(value)}` });
    return z.NEVER;
  }
  return normalized;
});

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Milliseconds since the epoch of an RFC 3339 date-time, or NaN; Date.parse alone takes 31 February. */
export function parseEventTime(value: string): number {
  if (!TIMESTAMP_PATTERN.test(value)) return Number.NaN;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day < 1 || day > daysInMonth) return Number.NaN;
  return Date.parse(value);
}

const OccurredAt = z.string().transform((value, context) => {
  const time = parseEventTime(value);
  if (Number.isNaN(time)) {
    context.addIssue({
      code: "custom",
      message: `must be an RFC 3339 date-time with an offset and at most millisecond precision, such as "2026-03-01T23:30:00-08:00"; got ${describeValue(value)}`,
    });
    return z.NEVER;
  }
  return new Date(time);
});

const Metadata = z
  .record(z.string(), z.unknown())
  .refine((value) => Buffer.byteLength(JSON.stringify(value)) <= MAX_METADATA_BYTES, {
    message: `must be at most ${MAX_METADATA_BYTES} bytes of JSON`,
  })
  .refine((value) => !hasUnstorableText(value), { message: UNSTORABLE_MESSAGE });

const StorableText = (max: number, tooLong: string) =>
  z
    .string()
    .min(1, "must not be empty")
    .max(max, tooLong)
    .refine((value) => !hasUnstorableText(value), { message: UNSTORABLE_MESSAGE });

/**
 * One usage event as a client sends it, for the OpenAPI document; ingestion validates with the
 * faster equivalent in ./ingest-validate.ts. Unknown fields are rejected, so a misspelt field is not lost.
 */
export const UsageEventInput = z.strictObject({
  idempotencyKey: StorableText(200, "must be at most 200 characters"),
  activity: z.enum(ACTIVITIES, { message: `must be one of: ${ACTIVITIES.join(", ")}` }),
  credits: Credits,
  quantity: z.number().int("must be a whole number").min(1, "must be between 1 and 1000000").max(1_000_000, "must be between 1 and 1000000").nullish(),
  occurredAt: OccurredAt,
  voice: StorableText(100, "must be a string of 1 to 100 characters").nullish(),
  soundTemplate: StorableText(100, "must be a string of 1 to 100 characters").nullish(),
  metadata: Metadata.nullish(),
});

/** The body of `POST /usage/events`. */
export const UsageBatchInput = z.strictObject({
  events: z
    .array(UsageEventInput)
    .min(1, "must contain at least one event")
    .max(MAX_EVENTS_PER_BATCH, `must contain at most ${MAX_EVENTS_PER_BATCH} events`),
});

/** A validated event with defaults applied, as stored and as hashed for replays. */
export interface NormalizedUsageEvent {
  index: number;
  idempotencyKey: string;
  activity: Activity;
  /** Normalized decimal string. */
  credits: string;
  quantity: number;
  /** Milliseconds since the epoch, and the same instant as an ISO 8601 UTC string with milliseconds. */
  occurredAtMs: number;
  occurredAtIso: string;
  /** `credits` in millionths of a credit. */
  creditsMicro: bigint;
  voice: string | null;
  soundTemplate: string | null;
  metadata: Record<string, unknown> | null;
  /** SHA-256 (hex) of the normalized body without the key; equal bodies give equal hashes. */
  bodyHash: string;
}

/** Formats a zod issue path the way clients index JSON: `events[3].credits`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text || "body";
}
