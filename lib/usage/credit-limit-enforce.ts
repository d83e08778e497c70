import { sql } from "drizzle-orm";
import { creditAlerts } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { LimitExceeded } from "@/lib/errors";
import type { NormalizedUsageEvent } from "./ingest-schema";
import { monthStart } from "./partitions";
import { queryRows } from "./query-rows";
import { fromMicroCredits, toMicroCredits } from "./summary";

export interface LockedCreditLimit {
  orgId: string;
  monthlyMicro: bigint;
  atLimit: "block" | "overage";
  alertThresholds: number[];
}

/** Use of one limited org in one billing period, before and after a batch. */
export interface PeriodUse {
  limit: LockedCreditLimit;
  /** `YYYY-MM-01` */
  month: string;
  usedBeforeMicro: bigint;
  usedAfterMicro: bigint;
}

export interface FiredAlert {
  orgId: string;
  /** `YYYY-MM` */
  period: string;
  threshold: number;
}

/**
 * Locks the credit limits of the orgs in `pathOrgIds` (the acting org and its ancestors), in org id
 * order so that concurrent batches cannot deadlock. Holding these row locks until commit makes
 * every batch under one limit read the usage that the batch before it committed.
 */
export async function lockCreditLimits(tx: Db, pathOrgIds: string[]): Promise<LockedCreditLimit[]> {
  const rows = await queryRows<{ org_id: string; monthly_credits: string; at_limit: "block" | "overage"; alert_thresholds: number[] }>(
    tx,
    sql`select org_id, monthly_credits::text, at_limit, alert_thresholds
      from credit_limits
      where org_id in (select json_array_elements_text(${JSON.stringify(pathOrgIds)}::json)) and monthly_credits is not null
      order by org_id
      for update`,
  );
  return rows.map((row) => ({
    orgId: row.org_id,
    monthlyMicro: toMicroCredits(row.monthly_credits),
    atLimit: row.at_limit,
    alertThresholds: row.alert_thresholds,
  }));
}

/**
 * Checks new events against the locked limits, per billing period of their `occurredAt`. A limit
 * that is "block" rejects the whole batch when it would pass the limit (reaching it exactly is
 * allowed); a limit that is "overage" accepts the batch and flags each event past the limit.
 * Returns the indexes of flagged events and each limited org's use per period.
 */
export async function applyCreditLimits(
  tx: Db,
  limits: LockedCreditLimit[],
  events: NormalizedUsageEvent[],
): Promise<{ overageIndexes: Set<number>; uses: PeriodUse[] }> {
  const overageIndexes = new Set<number>();
  const uses: PeriodUse[] = [];
  if (limits.length === 0 || events.length === 0) return { overageIndexes, uses };

  const eventsByMonth = new Map<string, NormalizedUsageEvent[]>();
  for (const event of events) {
    const month = monthStart(event.occurredAtIso);
    eventsByMonth.set(month, [...(eventsByMonth.get(month) ?? []), event]);
  }
  const used = await readUsedCredits(tx, limits.map((limit) => limit.orgId), [...eventsByMonth.keys()]);

  for (const limit of limits) {
    for (const [month, monthEvents] of eventsByMonth) {
      const usedBeforeMicro = used.get(`${limit.orgId}|${month}`) ?? 0n;
      let running = usedBeforeMicro;
      for (const event of monthEvents) {
        running += event.creditsMicro;
        if (running <= limit.monthlyMicro) continue;
        if (limit.atLimit === "block") throw limitExceeded(limit, month, usedBeforeMicro, monthEvents);
        overageIndexes.add(event.index);
      }
      uses.push({ limit, month, usedBeforeMicro, usedAfterMicro: running });
    }
  }
  return { overageIndexes, uses };
}

async function readUsedCredits(tx: Db, orgIds: string[], months: string[]): Promise<Map<string, bigint>> {
  const rows = await queryRows<{ org_id: string; month: string; credits: string }>(
    tx,
    sql`select org_id, month::text as month, sum(credits)::text as credits
      from usage_subtree_monthly
      where org_id in (select json_array_elements_text(${JSON.stringify(orgIds)}::json))
        and month in (select json_array_elements_text(${JSON.stringify(months)}::json)::date)
      group by org_id, month`,
  );
  return new Map(rows.map((row) => [`${row.org_id}|${row.month}`, toMicroCredits(row.credits)]));
}

function limitExceeded(limit: LockedCreditLimit, month: string, usedBeforeMicro: bigint, events: NormalizedUsageEvent[]) {
  const neededMicro = events.reduce((sum, event) => sum + event.creditsMicro, 0n);
  const remainingMicro = limit.monthlyMicro > usedBeforeMicro ? limit.monthlyMicro - usedBeforeMicro : 0n;
  return new LimitExceeded(
    `Credit limit reached: organization ${limit.orgId} may use ${fromMicroCredits(limit.monthlyMicro)} credits in ` +
      `${month.slice(0, 7)} and has ${fromMicroCredits(remainingMicro)} left, but this batch needs ` +
      `${fromMicroCredits(neededMicro)}. Nothing was recorded. A parent org can raise the limit or allow overage.`,
    "credit_limit_exceeded",
  );
}

/**
 * Records each alert threshold that the use now reaches and that has not fired in that period,
 * with an audit event per alert. The primary key (org, period, threshold) makes each fire once.
 */
export async function fireCreditAlerts(tx: Db, context: RequestContext, uses: PeriodUse[]): Promise<FiredAlert[]> {
  const fired: FiredAlert[] = [];
  for (const use of uses) {
    const { limit } = use;
    const reached = limit.alertThresholds.filter((threshold) => use.usedAfterMicro * 100n >= BigInt(threshold) * limit.monthlyMicro);
    if (reached.length === 0) continue;
    const inserted = await tx
      .insert(creditAlerts)
      .values(
        reached.map((threshold) => ({
          orgId: limit.orgId,
          period: use.month,
          threshold,
          usedCredits: fromMicroCredits(use.usedAfterMicro),
          monthlyCredits: fromMicroCredits(limit.monthlyMicro),
        })),
      )
      .onConflictDoNothing()
      .returning({ threshold: creditAlerts.threshold });
    for (const { threshold } of inserted) {
      const alert = { orgId: limit.orgId, period: use.month.slice(0, 7), threshold };
      await recordAudit(tx, context, "creditLimit.alert", {
        targetOrgId: limit.orgId,
        data: { ...alert, usedCredits: fromMicroCredits(use.usedAfterMicro), monthlyCredits: fromMicroCredits(limit.monthlyMicro) },
      });
      fired.push(alert);
    }
  }
  return fired;
}
