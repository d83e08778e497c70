import type { Org } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { cacheGeneration, GenerationMap } from "@/lib/cache/tree-cache";
import { findOrgById, findOrgsByIds } from "./queries";

const orgCache = new GenerationMap<Org>();

/**
 * Loads an org by id from memory, or from the database once per cache generation. Like
 * `findOrgById` it checks nothing. Every change to an org row must go through `writeTreeChange`
 * (or call `invalidateTreeCaches`), or this returns the old row, status included.
 */
export function findOrgByIdCached(db: Db, id: string): Promise<Org | undefined> {
  return orgCache.getOrLoad(db, id, () => findOrgById(db, id));
}

/** Loads several orgs by id through the same cache; ids that do not exist are left out. */
export async function findOrgsByIdsCached(db: Db, ids: string[]): Promise<Org[]> {
  const found: Org[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const cached = orgCache.get(db, id);
    if (cached) found.push(cached);
    else missing.push(id);
  }
  if (missing.length === 0) return found;
  const generation = cacheGeneration();
  for (const org of await findOrgsByIds(db, missing)) {
    orgCache.set(db, org.id, org, generation);
    found.push(org);
  }
  return found;
}
