import { asc, eq, sql } from "drizzle-orm";
import { memberships, orgs, usageDaily } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { billingPeriod } from "@/lib/usage/period";
import { parseOrgId } from "./ids";
import { findOrgById, toOrg } from "./queries";

export interface ChildOrgSummary extends Org {
  members: number;
  /** Usage of the child and its descendants in the current billing period. */
  usage: { period: string; calls: number; credits: string };
}

/** Lists the acting org's direct child orgs with member counts and usage this period. */
export async function listChildOrgs(db: Db, context: RequestContext): Promise<ChildOrgSummary[]> {
  authorize(context, "childOrgs.read");
  const period = billingPeriod();
  // Columns of the outer row are spelled out: Drizzle leaves them unqualified in a one-table select.
  const subtreeUsage = (column: "calls" | "credits") => sql<string>`coalesce((
      select sum(d.${sql.raw(column)}) from ${usageDaily} d
      join ${orgs} s on s.id = d.org_id
      where (s.id = "orgs"."id" or "orgs"."id" = any(s.ancestor_ids))
        and d.day >= ${period.firstDay} and d.day <= ${period.lastDay}
    ), 0)::text`;

  const rows = await db
    .select({
      org: orgs,
      members: sql<string>`(select count(*) from ${memberships} m where m.org_id = "orgs"."id")::text`,
      calls: subtreeUsage("calls"),
      credits: subtreeUsage("credits"),
    })
    .from(orgs)
    .where(eq(orgs.parentId, context.actingOrg.id))
    .orderBy(asc(orgs.createdAt), asc(orgs.name));

  return rows.map((row) => ({
    ...toOrg(row.org),
    members: Number(row.members),
    usage: { period: period.month, calls: Number(row.calls), credits: normalizeCredits(row.credits) },
  }));
}

/** Loads a descendant of the acting org, or throws NotFound for anything else. */
export async function getChildOrg(db: Db, context: RequestContext, childOrgId: string): Promise<Org> {
  authorize(context, "childOrgs.read");
  const id = parseOrgId(childOrgId);
  const org = id ? await findOrgById(db, id) : undefined;
  if (!org || !org.ancestorIds.includes(context.actingOrg.id)) {
    throw new NotFound(`Organization ${childOrgId.slice(0, 80)} not found.`);
  }
  return org;
}

/** Trims trailing zeros of a numeric string ("12.500000" → "12.5", "3.000000" → "3"). */
export function normalizeCredits(value: string): string {
  if (!value.includes(".")) return value;
  return value.replace(/0+$/, "").replace(/\.$/, "");
}
