// Display formatting for usage numbers and billing periods. Dates are UTC days, so every
// formatter pins the time zone to UTC and the result does not depend on the viewer's zone.

const CALLS = new Intl.NumberFormat("en-US");
const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const LONG_DAY = new Intl.DateTimeFormat("en-GB", {
  weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC",
});
const MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

export function formatCalls(calls: number): string {
  return CALLS.format(calls);
}

/**
 * Formats an exact decimal credit string with thousands separators and at least two decimals,
 * by string operations only, so no digit is lost to floating point.
 */
export function formatCredits(credits: string): string {
  const negative = credits.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? credits.slice(1) : credits).split(".");
  const grouped = (whole.replace(/^0+(?=\d)/, "") || "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}.${fraction.padEnd(2, "0")}`;
}

/** Short axis label such as `1.2K`; for chart ticks only, never for exact values. */
export function formatCompact(value: number): string {
  return COMPACT.format(value);
}

/** Formats a share between 0 and 1 as a whole percentage. A non-zero share below 0.5 % shows as `<1%`. */
export function formatShare(share: number): string {
  const percent = Math.round(share * 100);
  if (percent === 0 && share > 0) return "<1%";
  return `${percent}%`;
}

function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Formats a billing period as `1 Dec – 31 Dec 2026, UTC`, from its first and last day (`YYYY-MM-DD`). */
export function formatPeriodRange(firstDay: string, lastDay: string): string {
  return `${DAY_MONTH.format(utcDay(firstDay))} – ${DAY_MONTH_YEAR.format(utcDay(lastDay))}, UTC`;
}

/** Formats a day (`YYYY-MM-DD`) as `31 Dec`. */
export function formatShortDay(day: string): string {
  return DAY_MONTH.format(utcDay(day));
}

/** Formats a billing period's month (`YYYY-MM`) as `December 2026`. */
export function formatMonth(month: string): string {
  return MONTH_YEAR.format(utcDay(`${month}-01`));
}

/** Formats a UTC day (`YYYY-MM-DD`) as `Thu 3 Dec 2026`. */
export function formatDay(day: string): string {
  return LONG_DAY.format(utcDay(day)).replace(",", "");
}
