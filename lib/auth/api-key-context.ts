import { eq } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { effectivePermissions } from "@/lib/access/effective-permissions";
import { hashApiKey, hashesEqual, MAX_API_KEY_LENGTH, MIN_API_KEY_LENGTH } from "@/lib/api-keys/tokens";
import type { Permission } from "@/lib/access/permissions";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Unauthenticated } from "@/lib/errors";
import { resolveActingOrg } from "@/lib/orgs/assume";
import { findOrgByIdCached } from "@/lib/orgs/org-cache";
import { findActiveApiKeyByHash, type ApiKeyRow } from "@/lib/api-keys/key-cache";
import { cacheGeneration, GenerationMap, isSharedMode, syncTreeVersion } from "@/lib/cache/tree-cache";

// Writing last use on every request would turn each read into a write; a minute is precise enough.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The key row, orgs and permissions a key and an `x-assume-org` value resolve to. */
interface ResolvedKey {
  row: ApiKeyRow;
  homeOrg: Org;
  actingOrg: Org;
  permissions: ReadonlySet<Permission>;
}

const resolvedKeys = new GenerationMap<ResolvedKey>();

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
  // One lookup instead of the key, org, permission and acting-org lookups on every request:
  // they cost more CPU than the rest of a decision together. Every input of the result changes
  // through writeTreeChange, which empties the map. Only successful resolutions are stored.
  // A missing header and an empty one differ: the empty one is a 400, never cached.
  const cacheKey = headers.assumeOrg === undefined ? hash : `${hash} ${headers.assumeOrg.toLowerCase()}`;
  let resolved = isSharedMode() ? undefined : resolvedKeys.get(db, cacheKey);
  if (!resolved) {
    const generation = cacheGeneration();
    resolved = await resolveKey(db, hash, headers.assumeOrg);
    resolvedKeys.set(db, cacheKey, resolved, generation);
  }

  const { row } = resolved;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    const now = new Date();
    // Set first, so that the requests arriving during the update do not write again.
    row.lastUsedAt = now;
    await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id));
  }
  return {
    actor: { kind: "apiKey", apiKeyId: row.id },
    homeOrg: resolved.homeOrg,
    actingOrg: resolved.actingOrg,
    role: row.role,
    permissions: resolved.permissions,
    requestId,
  };
}

async function resolveKey(db: Db, hash: string, assumeOrg: string | undefined): Promise<ResolvedKey> {
  const row = await findKeyInSync(db, hash);
  if (!row || !hashesEqual(row.keyHash, hash)) throw new Unauthenticated();
  const homeOrg = await findOrgByIdCached(db, row.orgId);
  if (!homeOrg) throw new Unauthenticated();
  const { permissions } = await effectivePermissions(db, homeOrg, row.role);
  const actingOrg = await resolveActingOrg(db, homeOrg, permissions, assumeOrg);
  return { row, homeOrg, actingOrg, permissions };
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
