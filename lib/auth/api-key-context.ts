import { and, eq, isNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema";
import { effectivePermissions } from "@/lib/access/effective-permissions";
import { hashApiKey, hashesEqual, MAX_API_KEY_LENGTH, MIN_API_KEY_LENGTH } from "@/lib/api-keys/tokens";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Unauthenticated } from "@/lib/errors";
import { resolveActingOrg } from "@/lib/orgs/assume";
import { findOrgById } from "@/lib/orgs/queries";

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
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row || !hashesEqual(row.keyHash, hash)) throw new Unauthenticated();

  const homeOrg = await findOrgById(db, row.orgId);
  if (!homeOrg) throw new Unauthenticated();
  const { permissions } = await effectivePermissions(db, homeOrg, row.role);
  const actingOrg = await resolveActingOrg(db, homeOrg, permissions, headers.assumeOrg);

  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, row.id));
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
