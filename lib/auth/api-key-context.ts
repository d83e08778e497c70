import { eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { effectivePermissions } from "@/lib/access/effective-permissions";
import { hashApiKey, hashesEqual, MAX_API_KEY_LENGTH, MIN_API_KEY_LENGTH } from "@/lib/api-keys/tokens";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Unauthenticated } from "@/lib/errors";
import { resolveActingOrg } from "@/lib/orgs/assume";
import { findOrgByIdCached } from "@/lib/orgs/org-cache";
import { findActiveApiKeyByHash, type ApiKeyRow } from "@/lib/api-keys/key-cache";
import { cacheGeneration, isSharedMode, syncTreeVersion } from "@/lib/cache/tree-cache";

// Writing last use on every request would turn each read into a write; a minute is precise enough.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Builds the request context of an API call from its `x-api-key` and `x-assume-org` values. */
export async function contextFromApiKey(
  db: Db,
  headers: { apiKey: string | undefined; assumeOrg: string | undefined },
  requestId: string,
): Promise<RequestContext> {
  const key = headers.apiKey;
  if (!key || key.length < MIN_API_KEY_LENGTH || key.length > MAX_API_KEY_LENGTH) {
    throw new Unauthenticated();
  }
  const hash = hashApiKey(key);
  const row = await findKeyInSync(db, hash);
  if (!row || !hashesEqual(row.keyHash, hash)) throw new Unauthenticated();

  const homeOrg = await findOrgByIdCached(db, row.orgId);
  if (!homeOrg) throw new Unauthenticated();
  const { permissions } = await effectivePermissions(db, homeOrg, row.role);
  const actingOrg = await resolveActingOrg(db, homeOrg, permissions, headers.assumeOrg);

  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    const now = new Date();
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
    // The row may be the cached one; updating it keeps the next requests from writing again.
    row.lastUsedAt = now;
  }
  return {
    actor: { kind: "apiKey", apiKeyId: row.id },
    homeOrg,
    actingOrg,
    role: row.role,
    permissions,
    requestId,
  };
}

/**
 * Finds the key through the cache. In shared cache mode it first checks the version of the key's
 * tree, and reads the key again when another process changed that tree.
 */
async function findKeyInSync(db: Db, hash: string): Promise<ApiKeyRow | undefined> {
  const row = await findActiveApiKeyByHash(db, hash);
  if (!row || !isSharedMode()) return row;
  const generation = cacheGeneration();
  const homeOrg = await findOrgByIdCached(db, row.orgId);
  if (homeOrg) await syncTreeVersion(db, homeOrg.rootId);
  return generation === cacheGeneration() ? row : findActiveApiKeyByHash(db, hash);
}
