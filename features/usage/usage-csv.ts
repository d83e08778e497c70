import type { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import type { UsageReport } from "@/lib/usage/report";

export const USAGE_CSV_COLUMNS = ["date", "org_id", "org_name", "activity", "calls", "credits"] as const;

/**
 * Converts report rows to CSV records, one per local day, org and activity with usage. Calls and
 * credits are written as strings, so credits keep every decimal place they have in the database.
 */
export function toUsageCsvRecords(report: Pick<UsageReport, "rows">): string[][] {
  return report.rows.map((row) => [
    row.period,
    row.orgId ?? "",
    row.orgName ?? "",
    row.activity ?? "",
    String(row.calls),
    row.credits,
  ]);
}

/**
 * Streams the report as RFC 4180 CSV with a header line. `escape_formulas` prefixes a cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return with a single quote, so a spreadsheet
 * does not run an org name as a formula.
 */
export function usageCsvStream(report: Pick<UsageReport, "rows">): Readable {
  return stringify(toUsageCsvRecords(report), {
    header: true,
    columns: [...USAGE_CSV_COLUMNS],
    escape_formulas: true,
    record_delimiter: "\r\n",
  });
}

/** `usage-2026-12-Europe_Berlin.csv`: the period and time zone, with characters safe in a file name. */
export function usageCsvFileName(period: string, tz: string): string {
  return `usage-${period}-${tz.replace(/[^A-Za-z0-9_-]+/g, "_")}.csv`;
}
