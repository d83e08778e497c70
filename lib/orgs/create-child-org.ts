import { randomUUID } from "node:crypto";
import { entitlements, orgs } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAudit } from "@/lib/audit/record";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { Conflict, Forbidden } from "@/lib/errors";
import { toOrg } from "./queries";
import { CreateChildOrgInput } from "./schemas";
import { parseInput } from "@/lib/validation";

/**
 * Creates a child org under the acting org, which must be a super org. With `isSuperOrg` the
 * child may have child orgs of its own, whose entitlements are cut by every org above them.
 */
export async function createChildOrg(db: Db, context: RequestContext, rawInput: unknown): Promise<Org> {
  authorize(context, "childOrgs.manage");
  const input = parseInput(CreateChildOrgInput, rawInput);
  const parent = context.actingOrg;
  if (!parent.canHaveChildren) {
    throw new Forbidden(
      `Organization ${parent.id} is not a super org, so it cannot have child orgs.`,
      "not_a_super_org",
    );
  }

  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(orgs)
        .values({
          id: randomUUID(),
          name: input.orgName,
          parentId: parent.id,
          rootId: parent.rootId,
          ancestorIds: [...parent.ancestorIds, parent.id],
          canHaveChildren: input.isSuperOrg,
        })
        .returning();
      if (!row) throw new Error("insert into orgs returned no row");
      await tx.insert(entitlements).values({ orgId: row.id });
      await recordAudit(tx, context, "childOrg.create", {
        targetOrgId: row.id,
        data: { orgName: row.name, isSuperOrg: row.canHaveChildren },
      });
      return toOrg(row);
    });
  } catch (error) {
    if (isUniqueViolation(error, "orgs_sibling_name_idx")) {
      throw new Conflict(
        `A child org named "${input.orgName}" already exists under ${parent.name}. Choose another name.`,
        "orgName",
        "org_name_taken",
      );
    }
    throw error;
  }
}
