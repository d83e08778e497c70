import { creditLimits } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAudit } from "@/lib/audit/record";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { getChildOrg } from "@/lib/orgs/child-orgs";
import { parseInput } from "@/lib/validation";
import { fireCreditAlerts } from "./credit-limit-enforce";
import { CreditLimitInput } from "./credit-limit-schema";
import { readCreditLimit, readSubtreeCredits, type StoredCreditLimit } from "./credit-limit-read";
import { billingPeriod } from "./period";
import { fromMicroCredits, toMicroCredits } from "./summary";

export interface CreditLimitView extends StoredCreditLimit {
  /** The current billing period, `YYYY-MM`. */
  period: string;
  /** Credits used by the org and its descendants in the current period. */
  usedCredits: string;
  /** Credits left before the limit, never below 0; null without a limit. */
  remainingCredits: string | null;
}

/**
 * Returns the credit limit of a descendant of the acting org with its use this period. Needs
 * `childOrgs.read` (to see the child at all) and `billing.read`.
 */
export async function getChildCreditLimit(db: Db, context: RequestContext, childOrgId: string): Promise<CreditLimitView> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "billing.read", child);
  return describeLimit(db, await readCreditLimit(db, child.id));
}

/**
 * Sets the monthly credit limit of a descendant of the acting org. Needs `childOrgs.read` and
 * `billing.manage`. Alerts that already fired this period stay fired.
 */
export async function setChildCreditLimit(
  db: Db,
  context: RequestContext,
  childOrgId: string,
  rawInput: unknown,
): Promise<CreditLimitView> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "billing.manage", child);
  const input = parseInput(CreditLimitInput, rawInput);
  const values = {
    monthlyCredits: input.monthlyCredits,
    atLimit: input.atLimit,
    alertThresholds: input.alertThresholds,
    updatedAt: new Date(),
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(creditLimits)
      .values({ orgId: child.id, ...values })
      .onConflictDoUpdate({ target: creditLimits.orgId, set: values });
    await recordAudit(tx, context, "creditLimit.update", { targetOrgId: child.id, data: input });
    if (input.monthlyCredits === null) return;
    // A limit set below what the org already used fires its crossed thresholds now, not at the next event.
    const period = billingPeriod();
    const usedMicro = toMicroCredits(await readSubtreeCredits(tx, child.id, period.firstDay));
    const limit = { orgId: child.id, monthlyMicro: toMicroCredits(input.monthlyCredits), atLimit: input.atLimit, alertThresholds: input.alertThresholds };
    await fireCreditAlerts(tx, context, [{ limit, month: period.firstDay, usedBeforeMicro: usedMicro, usedAfterMicro: usedMicro }]);
  });
  return describeLimit(db, await readCreditLimit(db, child.id));
}

async function describeLimit(db: Db, limit: StoredCreditLimit): Promise<CreditLimitView> {
  const period = billingPeriod();
  const usedCredits = await readSubtreeCredits(db, limit.orgId, period.firstDay);
  let remainingCredits: string | null = null;
  if (limit.monthlyCredits !== null) {
    const remaining = toMicroCredits(limit.monthlyCredits) - toMicroCredits(usedCredits);
    remainingCredits = fromMicroCredits(remaining > 0n ? remaining : 0n);
  }
  return { ...limit, period: period.month, usedCredits, remainingCredits };
}
