"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { setChildCreditLimit, type CreditLimitView } from "@/lib/usage/credit-limit";
import type { CreditLimitRequest } from "./credit-limit-form-values";

/** Sets the monthly credit limit of a descendant of `orgId`; `lib` checks billing.manage and the descendant. */
export async function setChildCreditLimitAction(
  orgId: string,
  childOrgId: string,
  input: CreditLimitRequest,
): Promise<ActionResult<CreditLimitView>> {
  return runAction("setChildCreditLimit", orgId, (db, context) => setChildCreditLimit(db, context, String(childOrgId), input));
}
