import { and, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { apiKeys, users } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { effectivePermissions } from "@/lib/access/effective-permissions";
import { assertNotAboveCaller } from "@/lib/access/rank";
import { recordAudit } from "@/lib/audit/record";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { assertAssignableRole } from "@/lib/roles/assignable";
import { parseInput } from "@/lib/validation";
import { insertApiKey } from "./create";
import { CreateApiKeyInput } from "./schemas";
import { maskApiKey } from "./tokens";
import { writeTreeChange } from "@/lib/cache/tree-cache";
import { isOrgId } from "@/lib/orgs/ids";

export interface ApiKeySummary {
  id: string;
  name: string;
  role: string;
  maskedKey: string;
  /** Email of the creating user, or "API key <name>" when another key created it; null for seeded keys. */
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Lists the acting org's API keys, masked, newest first; revoked keys are included and marked. */
export async function listApiKeys(db: Db, context: RequestContext): Promise<ApiKeySummary[]> {
  authorize(context, "apiKeys.manage");
  const creatorKey = alias(apiKeys, "creator_key");
  const rows = await db
    .select({ key: apiKeys, creatorEmail: users.email, creatorKeyName: creatorKey.name })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdByUserId))
    .leftJoin(creatorKey, eq(creatorKey.id, apiKeys.createdByApiKeyId))
    .where(eq(apiKeys.orgId, context.actingOrg.id))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(({ key, creatorEmail, creatorKeyName }) => ({
    id: key.id,
    name: key.name,
    role: key.role,
    maskedKey: maskApiKey(key.prefix, key.lastFour),
    createdBy: creatorEmail ?? (creatorKeyName ? `API key ${creatorKeyName}` : null),
    createdAt: key.createdAt,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
  }));
}

/**
 * Creates an API key of the acting org with `role` (admin by default) and returns the plaintext
 * once. The role must exist and be allowed there, and may not grant more than the creator holds.
 */
export async function createApiKey(
  db: Db,
  context: RequestContext,
  rawInput: unknown,
): Promise<{ id: string; key: string; name: string; role: string }> {
  authorize(context, "apiKeys.manage");
  const input = parseInput(CreateApiKeyInput, rawInput);
  await assertAssignableRole(db, context, input.role);
  return db.transaction(async (tx) => {
    const created = await insertApiKey(tx, {
      orgId: context.actingOrg.id,
      name: input.name,
      role: input.role,
      createdByUserId: context.actor.kind === "user" ? context.actor.userId : undefined,
      createdByApiKeyId: context.actor.kind === "apiKey" ? context.actor.apiKeyId : undefined,
    });
    await recordAudit(tx, context, "apiKey.create", { targetOrgId: context.actingOrg.id, targetId: created.id, data: { name: input.name, role: input.role } });
    return { id: created.id, key: created.key, name: input.name, role: input.role };
  });
}

/**
 * Revokes an API key of the acting org; the key is rejected from its next request on. Every
 * revocation goes through this function, so a cache of key rows can be invalidated here.
 */
export async function revokeApiKey(db: Db, context: RequestContext, apiKeyId: string): Promise<void> {
  authorize(context, "apiKeys.manage");
  // Key ids are UUIDs; anything else (a NUL byte included) cannot name a key.
  if (!isOrgId(String(apiKeyId))) throw new NotFound(`API key ${String(apiKeyId).slice(0, 80)} not found.`);

  const notFound = () => new NotFound(`API key ${String(apiKeyId).slice(0, 80)} not found.`);
  const [key] = await db
    .select({ role: apiKeys.role })
    .from(apiKeys)
    .where(and(eq(apiKeys.id, String(apiKeyId)), eq(apiKeys.orgId, context.actingOrg.id), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!key) throw notFound();
  const { permissions } = await effectivePermissions(db, context.actingOrg, key.role);
  assertNotAboveCaller(context, permissions, `revoke a key with the role "${key.role}"`);

  // Through writeTreeChange, so that the in-process key cache stops accepting the key at once.
  await writeTreeChange(db, context.actingOrg.rootId, async (tx) => {
    const revoked = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, String(apiKeyId)), eq(apiKeys.orgId, context.actingOrg.id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, name: apiKeys.name });
    if (revoked.length === 0) throw notFound();
    await recordAudit(tx, context, "apiKey.revoke", { targetOrgId: context.actingOrg.id, targetId: revoked[0]?.id, data: { name: revoked[0]?.name } });
  });
}
