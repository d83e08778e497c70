import "server-only";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Forbidden } from "@/lib/errors";
import { listCreditAlerts, type CreditAlert } from "@/lib/usage/alerts";
import { getChildCreditLimit, type CreditLimitView } from "@/lib/usage/credit-limit";

export type ChildCreditLimitState =
  | {
      kind: "ready";
      limit: CreditLimitView;
      /** Alerts of every period, newest first; a message instead when the viewer may not read usage. */
      alerts: { kind: "ready"; items: CreditAlert[] } | { kind: "forbidden"; message: string };
    }
  | { kind: "forbidden"; message: string };

/** Loads the credit limit card of a descendant; missing permissions become states the card explains. */
export async function loadChildCreditLimit(db: Db, context: RequestContext, childOrgId: string): Promise<ChildCreditLimitState> {
  let limit: CreditLimitView;
  try {
    limit = await getChildCreditLimit(db, context, childOrgId);
  } catch (error) {
    if (error instanceof Forbidden) return { kind: "forbidden", message: error.message };
    throw error;
  }
  try {
    return { kind: "ready", limit, alerts: { kind: "ready", items: await listCreditAlerts(db, context, { orgId: childOrgId }) } };
  } catch (error) {
    if (error instanceof Forbidden) return { kind: "ready", limit, alerts: { kind: "forbidden", message: error.message } };
    throw error;
  }
}
