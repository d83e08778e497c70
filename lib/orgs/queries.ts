import { eq, inArray } from "drizzle-orm";
import { orgs } from "@/db/schema";
import type { Org } from "@/lib/context";
import type { Db } from "@/lib/db/client";

type OrgRow = typeof orgs.$inferSelect;

export function toOrg(row: OrgRow): Org {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parentId,
    rootId: row.rootId,
    ancestorIds: row.ancestorIds,
    canHaveChildren: row.canHaveChildren,
    status: row.status,
    createdAt: row.createdAt,
  };
}

/**
 * Loads an org by id without any access check. Internal to `lib/`: callers must pass the result
 * through `authorize()` before returning anything from it.
 */
export async function findOrgById(db: Db, id: string): Promise<Org | undefined> {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, id)).limit(1);
  return row ? toOrg(row) : undefined;
}

export async function findOrgsByIds(db: Db, ids: string[]): Promise<Org[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(orgs).where(inArray(orgs.id, ids));
  return rows.map(toOrg);
}
