import { z } from "zod";
import { Invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { parseEventTime } from "./ingest-schema";
import { MAX_YEAR, MIN_YEAR } from "./period";
import { addDays, addMonths, formatLocalDate, localParts, resolveTimeZone, startOfLocalDay, type LocalDate } from "./time-zones";

const QUARTER_HOUR_MS = 15 * 60_000;
// A year and a day, plus an hour for a daylight-saving change inside the range.
const MAX_RANGE_MS = 366 * 86_400_000 + 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export type UsageGrouping = "activity" | "org";

/** Query of `GET /usage`; every field is optional. */
export const UsageQueryInput = z.object({
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  granularity: z.enum(["day", "month"], { message: 'granularity must be "day" or "month"' }).optional(),
  groupBy: z
    .string()
    .max(20)
    .regex(/^(activity|org)(,(activity|org))?$/, { message: 'groupBy must be "activity", "org" or "org,activity"' })
    .optional(),
  tz: z.string().max(64).optional(),
});
export type UsageQueryInput = z.infer<typeof UsageQueryInput>;

export interface UsageBucket {
  /** `YYYY-MM-DD` for days, `YYYY-MM` for months, in the requested time zone. */
  period: string;
  start: Date;
  end: Date;
}

export interface UsageRange {
  from: Date;
  to: Date;
  tz: string;
  granularity: "day" | "month";
  groupBy: UsageGrouping[];
  buckets: UsageBucket[];
}

/**
 * Parses a usage query. `from` and `to` are dates (`YYYY-MM-DD`, local midnight in `tz`) or
 * RFC 3339 date-times; the range is half-open `[from, to)`, at most 366 days, on 15-minute
 * boundaries. Without both, it is the current calendar month in `tz`.
 */
export function parseUsageRange(rawQuery: unknown, now: Date = new Date()): UsageRange {
  const query = parseInput(UsageQueryInput, rawQuery ?? {});
  const tz = resolveTimeZone(query.tz);
  const granularity = query.granularity ?? "day";
  const groupBy = query.groupBy ? ([...new Set(query.groupBy.split(","))] as UsageGrouping[]) : ["activity" as const];
  if ((query.from === undefined) !== (query.to === undefined)) {
    throw new Invalid("from and to must be given together, or both left out for the current month.", query.from ? "to" : "from");
  }

  let from: number;
  let to: number;
  if (query.from !== undefined && query.to !== undefined) {
    from = parseBound(query.from, tz, "from");
    to = parseBound(query.to, tz, "to");
  } else {
    const today = localParts(now.getTime(), tz);
    const first: LocalDate = { year: today.year, month: today.month, day: 1 };
    from = startOfLocalDay(first, tz);
    to = startOfLocalDay(addMonths(first, 1), tz);
  }
  if (to <= from) throw new Invalid("to must be after from; the range is half-open [from, to).", "to");
  if (to - from > MAX_RANGE_MS) throw new Invalid("from and to may be at most 366 days apart.", "to");
  return { from: new Date(from), to: new Date(to), tz, granularity, groupBy, buckets: bucketsOf(from, to, granularity, tz) };
}

function parseBound(value: string, tz: string, field: string): number {
  let instant = Number.NaN;
  const date = DATE_PATTERN.exec(value);
  if (date) {
    const local = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
    if (local.year < MIN_YEAR || local.year > MAX_YEAR) {
      throw new Invalid(`${field}: the year must be between ${MIN_YEAR} and ${MAX_YEAR}; got "${value}".`, field);
    }
    const check = new Date(Date.UTC(local.year, local.month - 1, local.day));
    if (check.getUTCMonth() === local.month - 1 && check.getUTCDate() === local.day) instant = startOfLocalDay(local, tz);
  } else {
    instant = parseEventTime(value);
  }
  if (Number.isNaN(instant)) {
    throw new Invalid(`${field} must be a date (YYYY-MM-DD) or an RFC 3339 date-time with an offset; got "${value}".`, field);
  }
  if (instant % QUARTER_HOUR_MS !== 0) {
    throw new Invalid(`${field} must fall on a 15-minute boundary, because usage is summed per 15 minutes; got "${value}".`, field);
  }
  return instant;
}

/** Splits `[from, to)` at local midnights (or first days of months) in `tz`. */
export function bucketsOf(from: number, to: number, granularity: "day" | "month", tz: string): UsageBucket[] {
  const buckets: UsageBucket[] = [];
  for (let start = from; start < to; ) {
    const local = localParts(start, tz);
    const date: LocalDate = { year: local.year, month: local.month, day: granularity === "day" ? local.day : 1 };
    const next = startOfLocalDay(granularity === "day" ? addDays(date, 1) : addMonths(date, 1), tz);
    if (next <= start) throw new Error(`time zone ${tz} gave no day boundary after ${new Date(start).toISOString()}`);
    const end = Math.min(next, to);
    buckets.push({ period: formatLocalDate(date, granularity), start: new Date(start), end: new Date(end) });
    start = end;
  }
  return buckets;
}
