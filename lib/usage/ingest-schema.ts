import { createHash } from "node:crypto";
import { z } from "zod";
import { ACTIVITIES, type Activity } from "@/lib/catalog/activities";
import { Invalid } from "@/lib/errors";
import { CREDITS_RULE, describeValue, normalizeCreditsValue } from "./credit-values";

export const MAX_EVENTS_PER_BATCH = 1000;
const MAX_METADATA_BYTES = 1000;
// RFC 3339 with an offset and at most millisecond precision, which is what is stored.
const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;

const Credits = z.union([z.string(), z.number()]).transform((value, context) => {
  const normalized = normalizeCreditsValue(value);
  if (normalized === undefined) {
    context.addIssue({ code: "custom", message: `must be ${CREDITS_RULE}; got ${describeValue(value)}` });
    return z.NEVER;
  }
  return normalized;
});

const OccurredAt = z.string().transform((value, context) => {
  const time = TIMESTAMP_PATTERN.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    context.addIssue({
      code: "custom",
      message: `must be an RFC 3339 date-time with an offset and at most millisecond precision, such as "2026-03-01T23:30:00-08:00"; got ${describeValue(value)}`,
    });
    return z.NEVER;
  }
  return new Date(time);
});

const Metadata = z.record(z.string(), z.unknown()).refine(
  (value) => Buffer.byteLength(JSON.stringify(value)) <= MAX_METADATA_BYTES,
  { message: `must be at most ${MAX_METADATA_BYTES} bytes of JSON` },
);

/** One usage event as a client sends it. Unknown fields are rejected, so a misspelt field is not lost. */
export const UsageEventInput = z.strictObject({
  idempotencyKey: z.string().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  activity: z.enum(ACTIVITIES, { message: `must be one of: ${ACTIVITIES.join(", ")}` }),
  credits: Credits,
  quantity: z.number().int("must be a whole number").min(1, "must be at least 1").max(1_000_000, "must be at most 1000000").nullish(),
  occurredAt: OccurredAt,
  voice: z.string().min(1).max(100).nullish(),
  soundTemplate: z.string().min(1).max(100).nullish(),
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
  occurredAt: Date;
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

/** Validates a batch and returns its events normalized, or throws Invalid naming the index and field. */
export function parseUsageBatch(raw: unknown): NormalizedUsageEvent[] {
  const events = (raw as { events?: unknown } | null)?.events;
  if (Array.isArray(events) && events.length > MAX_EVENTS_PER_BATCH) {
    throw new Invalid(
      `events: a batch may contain at most ${MAX_EVENTS_PER_BATCH} events; got ${events.length}. Split it into several requests.`,
      "events",
    );
  }
  const result = UsageBatchInput.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue ? formatIssuePath(issue.path) : "body";
    throw new Invalid(`${field}: ${issue?.message ?? "invalid value"}`, field);
  }
  return result.data.events.map((event, index) => normalizeEvent(event, index));
}

function normalizeEvent(event: z.infer<typeof UsageEventInput>, index: number): NormalizedUsageEvent {
  const normalized = {
    activity: event.activity,
    credits: event.credits,
    quantity: event.quantity ?? 1,
    occurredAt: event.occurredAt,
    voice: event.voice ?? null,
    soundTemplate: event.soundTemplate ?? null,
    metadata: (event.metadata ?? null) as Record<string, unknown> | null,
  };
  const canonical = JSON.stringify([
    normalized.activity,
    normalized.credits,
    normalized.quantity,
    normalized.occurredAt.toISOString(),
    normalized.voice,
    normalized.soundTemplate,
    canonicalJson(normalized.metadata),
  ]);
  const bodyHash = createHash("sha256").update(canonical).digest("hex");
  return { index, idempotencyKey: event.idempotencyKey, ...normalized, bodyHash };
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
