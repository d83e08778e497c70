import { sql } from "drizzle-orm";
import { authorize } from "@/lib/access/authorize";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { normalizeCredits } from "@/lib/orgs/child-orgs";
import { findOrgById } from "@/lib/orgs/queries";
import { billingPeriod } from "./period";
import { queryRows } from "./query-rows";

export interface CreditAlert {
  orgId: string;
  orgName: string;
  /** `YYYY-MM` */
  period: string;
  /** Percent of the monthly limit. */
  threshold: number;
  usedCredits: string;
  monthlyCredits: string;
  firedAt: string;
}

const MAX_ALERTS = 500;

/**
 * Lists credit alerts that fired, newest first: of one org (the acting org or a descendant), or
 * of the acting org's whole subtree when `orgId` is omitted. `period` (`YYYY-MM`) narrows to one
 * billing period. At most 500 alerts are returned.
 */
export async function listCreditAlerts(
  db: Db,
  context: RequestContext,
  options: { orgId?: string; period?: string } = {},
): Promise<CreditAlert[]> {
  authorize(context, "usage.read");
  let orgFilter = sql`(o.id = ${context.actingOrg.id} or ${context.actingOrg.id} = any(o.ancestor_ids))`;
  if (options.orgId !== undefined) {
    const org = await findOrgById(db, options.orgId);
    if (!org) throw new NotFound(`Organization ${options.orgId} not found.`);
    authorize(context, "usage.read", org);
    orgFilter = sql`o.id = ${org.id}`;
  }
  const periodFilter = options.period === undefined ? sql`true` : sql`a.period = ${billingPeriod(options.period).firstDay}::date`;
  const rows = await queryRows<{
    org_id: string;
    org_name: string;
    period: string;
    threshold: number;
    used_credits: string;
    monthly_credits: string;
    fired_at: string;
  }>(db, sql`
    select a.org_id, o.name as org_name, to_char(a.period, 'YYYY-MM') as period, a.threshold,
      a.used_credits::text as used_credits, a.monthly_credits::text as monthly_credits,
      to_char(a.fired_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as fired_at
    from credit_alerts a
    join orgs o on o.id = a.org_id
    where ${orgFilter} and ${periodFilter}
    order by a.fired_at desc, a.threshold desc
    limit ${MAX_ALERTS}`);
  return rows.map((row) => ({
    orgId: row.org_id,
    orgName: row.org_name,
    period: row.period,
    threshold: row.threshold,
    usedCredits: normalizeCredits(row.used_credits),
    monthlyCredits: normalizeCredits(row.monthly_credits),
    firedAt: row.fired_at,
  }));
}
