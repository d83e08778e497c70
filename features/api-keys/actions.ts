"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/manage";
import type { CreateApiKeyInput } from "@/lib/api-keys/schemas";

/** Creates an API key of `orgId` and returns the key once. */
export async function createApiKeyAction(
  orgId: string,
  input: CreateApiKeyInput,
): Promise<ActionResult<{ id: string; key: string; name: string; role: string }>> {
  return runAction("createApiKey", orgId, (db, context) => createApiKey(db, context, input));
}

/** Revokes an API key of `orgId`; it is rejected from its next request on. */
export async function revokeApiKeyAction(orgId: string, apiKeyId: string): Promise<ActionResult<null>> {
  return runAction("revokeApiKey", orgId, async (db, context) => {
    await revokeApiKey(db, context, String(apiKeyId));
    return null;
  });
}
