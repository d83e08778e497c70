import { recentPeriods } from "@/lib/usage/period";
import { formatMonth } from "./format";

export interface PeriodOption {
  /** `YYYY-MM` */
  month: string;
  label: string;
}

/** Number of billing periods the picker lists, ending with the current one. */
export const PICKER_PERIOD_COUNT = 12;

/**
 * Lists the picker's periods, newest first: the last twelve months, plus `selected` at its place
 * in time when a shared link names an older or a future month.
 */
export function periodOptions(selected: string, now: Date = new Date()): PeriodOption[] {
  const months = recentPeriods(PICKER_PERIOD_COUNT, now).map((period) => period.month);
  if (!months.includes(selected)) months.push(selected);
  return months
    .sort((a, b) => b.localeCompare(a))
    .map((month) => ({ month, label: formatMonth(month) }));
}

/** Returns the month `offset` months after `month` (both `YYYY-MM`). A negative offset goes back. */
export function shiftMonth(month: string, offset: number): string {
  const year = Number(month.slice(0, 4));
  const monthIndex = Number(month.slice(5, 7)) - 1;
  return new Date(Date.UTC(year, monthIndex + offset, 1)).toISOString().slice(0, 7);
}
