import { and, eq } from "drizzle-orm";
import { orgs } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAudit } from "@/lib/audit/record";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import { getChildOrg } from "./child-orgs";
import { toOrg } from "./queries";
import { OrgStatusInput } from "./schemas";

/** Suspends or reactivates a descendant of the acting org. Suspending blocks its API keys and members. */
export async function setChildOrgStatus(
  db: Db,
  context: RequestContext,
  childOrgId: string,
  rawInput: unknown,
): Promise<Org> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "childOrgs.manage", child);
  const { status } = parseInput(OrgStatusInput, rawInput);
  if (child.status === status) return child;

  // Cached request contexts and decisions read the status, so the change goes through the tree cache.
  return writeTreeChange(db, child.rootId, async (tx) => {
    const [row] = await tx
      .update(orgs)
      .set({ status })
      .where(and(eq(orgs.id, child.id), eq(orgs.rootId, context.actingOrg.rootId)))
      .returning();
    if (!row) throw new NotFound(`Organization ${childOrgId} not found.`);
    await recordAudit(tx, context, status === "suspended" ? "childOrg.suspend" : "childOrg.reactivate", {
      targetOrgId: child.id,
    });
    return toOrg(row);
  });
}
