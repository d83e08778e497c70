import { inArray } from "drizzle-orm";
import { entitlements, soundTemplates, voices } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { recordAudit } from "@/lib/audit/record";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { getChildOrg } from "@/lib/orgs/child-orgs";
import { parseInput } from "@/lib/validation";
import { EntitlementsInput, type Entitlements } from "./schemas";

/** Replaces the entitlements of a descendant of the acting org. Unknown catalog ids are rejected. */
export async function updateChildEntitlements(
  db: Db,
  context: RequestContext,
  childOrgId: string,
  rawInput: unknown,
): Promise<Entitlements> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "entitlements.manage", child);
  const input = parseInput(EntitlementsInput, rawInput);
  const voiceIds = unique(input.voices.mode === "all" ? [] : input.voices.ids);
  const soundTemplateIds = unique(input.soundTemplates.mode === "all" ? [] : input.soundTemplates.ids);
  await assertKnown(db, "voices.ids", voiceIds, "voice");
  await assertKnown(db, "soundTemplates.ids", soundTemplateIds, "sound design");

  const values = {
    voicesMode: input.voices.mode,
    voiceIds,
    soundTemplatesMode: input.soundTemplates.mode,
    soundTemplateIds,
    voiceIntelligence: input.voiceIntelligence,
    activities: unique(input.activities),
    updatedAt: new Date(),
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(entitlements)
      .values({ orgId: child.id, ...values })
      .onConflictDoUpdate({ target: entitlements.orgId, set: values });
    await recordAudit(tx, context, "entitlements.update", { targetOrgId: child.id, data: input });
  });
  return {
    voices: { mode: input.voices.mode, ids: voiceIds },
    soundTemplates: { mode: input.soundTemplates.mode, ids: soundTemplateIds },
    voiceIntelligence: input.voiceIntelligence,
    activities: values.activities as Entitlements["activities"],
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

async function assertKnown(db: Db, field: string, ids: string[], label: string): Promise<void> {
  if (ids.length === 0) return;
  const table = label === "voice" ? voices : soundTemplates;
  const found = await db.select({ id: table.id }).from(table).where(inArray(table.id, ids));
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new Invalid(`${field}: unknown ${label} id(s): ${missing.slice(0, 5).join(", ")}.`, field);
  }
}
