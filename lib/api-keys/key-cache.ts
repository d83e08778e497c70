import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { GenerationMap } from "@/lib/cache/tree-cache";
import type { Db } from "@/lib/db/client";

export type ApiKeyRow = typeof apiKeys.$inferSelect;

const activeKeys = new GenerationMap<ApiKeyRow>();

/**
 * Finds the active (not revoked) key with this SHA-256 hash, from memory when it was read in the
 * current cache generation. Revoking a key or changing its role must go through
 * `writeTreeChange`, or this keeps returning the old row. Unknown hashes are not cached.
 */
export function findActiveApiKeyByHash(db: Db, hash: string): Promise<ApiKeyRow | undefined> {
  return activeKeys.getOrLoad(db, hash, async () => {
    const [row] = await db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
      .limit(1);
    return row;
  });
}
