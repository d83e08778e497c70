import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { normalizeCredits } from "@/lib/orgs/child-orgs";
import { queryRows } from "./query-rows";

export interface StoredCreditLimit {
  orgId: string;
  /** Normalized decimal string, or null for no limit. */
  monthlyCredits: string | null;
  atLimit: "block" | "overage";
  alertThresholds: number[];
  updatedAt: string | null;
}

/** Reads the credit limit set on `orgId` without checks; internal to `lib/`. No row means no limit. */
export async function readCreditLimit(db: Db, orgId: string): Promise<StoredCreditLimit> {
  const [row] = await queryRows<{
    monthly_credits: string | null;
    at_limit: "block" | "overage";
    alert_thresholds: number[];
    updated_at: string;
  }>(db, sql`
    select monthly_credits::text, at_limit, alert_thresholds,
      to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
    from credit_limits where org_id = ${orgId}`);
  if (!row) return { orgId, monthlyCredits: null, atLimit: "block", alertThresholds: [], updatedAt: null };
  return {
    orgId,
    monthlyCredits: row.monthly_credits === null ? null : normalizeCredits(row.monthly_credits),
    atLimit: row.at_limit,
    alertThresholds: row.alert_thresholds,
    updatedAt: row.updated_at,
  };
}

/** Credits used by `orgId` and its descendants in the billing period starting on `month` (`YYYY-MM-01`). */
export async function readSubtreeCredits(db: Db, orgId: string, month: string): Promise<string> {
  const [row] = await queryRows<{ credits: string }>(db, sql`
    select coalesce(sum(credits), 0)::text as credits
    from usage_subtree_monthly where org_id = ${orgId} and month = ${month}`);
  return normalizeCredits(row?.credits ?? "0");
}
