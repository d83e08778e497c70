import { and, desc, eq, isNull } from "drizzle-orm";
import { apiKeys, webhookSettings } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { maskApiKey } from "@/lib/api-keys/tokens";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";

export interface Secrets {
  apiKey: string | null;
  webhookUrl: string | null;
  webhookSecret: string | null;
}

/**
 * Returns the acting org's API key and webhook secret, both masked. The key shown is the caller's
 * own key when it belongs to the acting org, otherwise the org's newest active key.
 */
export async function getSecrets(db: Db, context: RequestContext): Promise<Secrets> {
  authorize(context, "apiKeys.manage");
  const orgId = context.actingOrg.id;
  const keys = await db
    .select({ id: apiKeys.id, prefix: apiKeys.prefix, lastFour: apiKeys.lastFour })
    .from(apiKeys)
    .where(and(eq(apiKeys.orgId, orgId), isNull(apiKeys.revokedAt)))
    .orderBy(desc(apiKeys.createdAt));
  const own = context.actor.kind === "apiKey" ? context.actor.apiKeyId : undefined;
  const key = keys.find((candidate) => candidate.id === own) ?? keys[0];

  const [webhook] = await db.select().from(webhookSettings).where(eq(webhookSettings.orgId, orgId)).limit(1);
  return {
    apiKey: key ? maskApiKey(key.prefix, key.lastFour) : null,
    webhookUrl: webhook?.url ?? null,
    webhookSecret: webhook ? maskApiKey(webhook.secret.slice(0, 6), webhook.secret.slice(-4)) : null,
  };
}
