import { Invalid } from "@/lib/errors";

/** A billing period: one UTC calendar month, half-open `[start, end)`. */
export interface BillingPeriod {
  /** `YYYY-MM` */
  month: string;
  start: Date;
  end: Date;
  /** First and last UTC day as `YYYY-MM-DD`, both inclusive. */
  firstDay: string;
  lastDay: string;
}

/**
 * The first and last years that usage dates and periods may name. Date.UTC reads the years 0 to
 * 99 as 1900 to 1999, and a December 9999 period would end in the year 10000.
 */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 9998;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Returns the billing period named `YYYY-MM`, or the one containing `now` when none is given. */
export function billingPeriod(month?: string, now: Date = new Date()): BillingPeriod {
  let year = now.getUTCFullYear();
  let monthIndex = now.getUTCMonth();
  if (month !== undefined) {
    const match = MONTH_PATTERN.exec(month);
    if (!match) throw new Invalid(`period must be a month as YYYY-MM; got "${month.slice(0, 20)}".`, "period");
    year = Number(match[1]);
    monthIndex = Number(match[2]) - 1;
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new Invalid(`period: the year must be between ${MIN_YEAR} and ${MAX_YEAR}; got "${month}".`, "period");
    }
  }
  const start = new Date(Date.UTC(year, monthIndex, 1));
  const end = new Date(Date.UTC(year, monthIndex + 1, 1));
  const last = new Date(end.getTime() - 86_400_000);
  return {
    month: start.toISOString().slice(0, 7),
    start,
    end,
    firstDay: start.toISOString().slice(0, 10),
    lastDay: last.toISOString().slice(0, 10),
  };
}

/** The `count` billing periods ending with the current one, newest first. */
export function recentPeriods(count: number, now: Date = new Date()): BillingPeriod[] {
  return Array.from({ length: count }, (_, index) =>
    billingPeriod(
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - index, 1)).toISOString().slice(0, 7),
    ),
  );
}
