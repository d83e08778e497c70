import { Invalid } from "@/lib/errors";

const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

export interface LocalDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

/**
 * Returns the IANA name of `tz` ("UTC" when absent), or throws Invalid naming the field. The
 * spelling is Intl's ("utc" becomes "UTC"), but a valid alias stays as sent: Node's ICU turns
 * "Asia/Kolkata" into the older "Asia/Calcutta", which users would not recognize.
 */
export function resolveTimeZone(tz: string | undefined, field = "tz"): string {
  if (tz === undefined || tz === "") return "UTC";
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === tz.toLowerCase() ? resolved : tz;
  } catch {
    throw new Invalid(
      `${field}: unknown time zone "${tz.slice(0, 64)}"; use an IANA name such as "America/Los_Angeles" or "UTC".`,
      field,
    );
  }
}

function formatter(tz: string): Intl.DateTimeFormat {
  let cached = formatters.get(tz);
  if (!cached) {
    cached = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(tz, cached);
  }
  return cached;
}

/** The local calendar date and time of `instant` (ms since the epoch) in `tz`. */
export function localParts(instant: number, tz: string) {
  const parts: Record<string, number> = {};
  for (const part of formatter(tz).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The offset of `tz` from UTC at `instant`, in ms (negative west of Greenwich). */
export function offsetAt(instant: number, tz: string): number {
  const local = localParts(instant, tz);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The first instant of the local date in `tz`: local midnight, or the moment a daylight-saving
 * change that skips midnight ends the previous day.
 */
export function startOfLocalDay(date: LocalDate, tz: string): number {
  const guess = Date.UTC(date.year, date.month - 1, date.day);
  const offsets = new Set([offsetAt(guess - 14 * HOUR_MS, tz), offsetAt(guess + 14 * HOUR_MS, tz)]);
  const candidates = [...offsets].map((offset) => guess - offset).sort((a, b) => a - b);
  const sameDate = candidates.filter((candidate) => {
    const local = localParts(candidate, tz);
    return local.year === date.year && local.month === date.month && local.day === date.day;
  });
  const midnight = sameDate.find((candidate) => {
    const local = localParts(candidate, tz);
    return local.hour === 0 && local.minute === 0 && local.second === 0;
  });
  return midnight ?? sameDate[0] ?? candidates[0] ?? guess;
}

/** The date `days` after `date` on the calendar (any number of days, either sign). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function addMonths(date: LocalDate, months: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: 1 };
}

export function formatLocalDate(date: LocalDate, granularity: "day" | "month" = "day"): string {
  const month = `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}`;
  return granularity === "month" ? month : `${month}-${String(date.day).padStart(2, "0")}`;
}
