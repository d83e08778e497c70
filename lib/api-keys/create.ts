import { randomUUID } from "node:crypto";
import { apiKeys } from "@/db/schema";
import type { Db } from "@/lib/db/client";
import { generateApiKey, hashApiKey, keyDisplayParts, MIN_API_KEY_LENGTH } from "./tokens";

/**
 * Stores a key for `orgId` and returns its plaintext, which is never stored. Internal: the seed
 * calls it directly, and the console and API wrap it in an authorized, audited write.
 */
export async function insertApiKey(
  db: Db,
  values: {
    orgId: string;
    name: string;
    role?: string;
    createdByUserId?: string;
    createdByApiKeyId?: string;
    plaintext?: string;
  },
): Promise<{ id: string; key: string }> {
  const key = values.plaintext ?? generateApiKey();
  if (key.length < MIN_API_KEY_LENGTH) {
    throw new Error(`API keys must be at least ${MIN_API_KEY_LENGTH} characters long.`);
  }
  const id = randomUUID();
  await db.insert(apiKeys).values({
    id,
    orgId: values.orgId,
    name: values.name,
    role: values.role ?? "admin",
    keyHash: hashApiKey(key),
    ...keyDisplayParts(key),
    createdByUserId: values.createdByUserId ?? null,
    createdByApiKeyId: values.createdByApiKeyId ?? null,
  });
  return { id, key };
}
