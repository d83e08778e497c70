import { auditEvents } from "@/db/schema";
import type { Db } from "@/lib/db/client";
import type { RequestContext } from "@/lib/context";

/** Writes one audit event. Call it with the transaction handle of the change it records. */
export async function recordAudit(
  tx: Db,
  context: RequestContext,
  action: string,
  details: { targetOrgId?: string; targetId?: string; data?: unknown } = {},
): Promise<void> {
  await tx.insert(auditEvents).values({
    actingOrgId: context.actingOrg.id,
    homeOrgId: context.homeOrg.id,
    actorUserId: context.actor.kind === "user" ? context.actor.userId : null,
    actorApiKeyId: context.actor.kind === "apiKey" ? context.actor.apiKeyId : null,
    action,
    targetOrgId: details.targetOrgId ?? null,
    targetId: details.targetId ?? null,
    data: details.data ?? null,
  });
}

/** Writes one audit event per target org in one statement, each with the same action and data. */
export async function recordAuditForOrgs(
  tx: Db,
  context: RequestContext,
  action: string,
  targetOrgIds: readonly string[],
  data?: unknown,
): Promise<void> {
  if (targetOrgIds.length === 0) return;
  await tx.insert(auditEvents).values(
    targetOrgIds.map((targetOrgId) => ({
      actingOrgId: context.actingOrg.id,
      homeOrgId: context.homeOrg.id,
      actorUserId: context.actor.kind === "user" ? context.actor.userId : null,
      actorApiKeyId: context.actor.kind === "apiKey" ? context.actor.apiKeyId : null,
      action,
      targetOrgId,
      data: data ?? null,
    })),
  );
}
