import { eq } from "drizzle-orm";
import { entitlements } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import { ACTIVITIES } from "@/lib/catalog/activities";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import type { Entitlements } from "./schemas";

export const UNRESTRICTED: Entitlements = {
  voices: { mode: "all", ids: [] },
  soundTemplates: { mode: "all", ids: [] },
  voiceIntelligence: true,
  activities: [...ACTIVITIES],
};

/** Reads the entitlements an org's parent set on it, without checks; internal to `lib/`. */
export async function readOwnEntitlements(db: Db, orgId: string): Promise<Entitlements> {
  const [row] = await db.select().from(entitlements).where(eq(entitlements.orgId, orgId)).limit(1);
  return row ? rowToEntitlements(row) : UNRESTRICTED;
}

export function rowToEntitlements(row: Omit<typeof entitlements.$inferSelect, "orgId" | "presetId" | "updatedAt">): Entitlements {
  return {
    voices: { mode: row.voicesMode, ids: row.voiceIds },
    soundTemplates: { mode: row.soundTemplatesMode, ids: row.soundTemplateIds },
    voiceIntelligence: row.voiceIntelligence,
    activities: (row.activities ?? [...ACTIVITIES]) as Entitlements["activities"],
  };
}

/** Returns the entitlements set on `org`, which must be the acting org or a descendant of it. */
export async function getEntitlements(db: Db, context: RequestContext, org: Org): Promise<Entitlements> {
  authorize(context, "org.read", org);
  return readOwnEntitlements(db, org.id);
}

/** A one-line-per-item summary, as `GET /org` returns it. */
export function summarizeEntitlements(value: Entitlements) {
  return {
    voices: value.voices.mode === "all" ? "all" : `${value.voices.mode}:${value.voices.ids.length}`,
    soundTemplates:
      value.soundTemplates.mode === "all" ? "all" : `${value.soundTemplates.mode}:${value.soundTemplates.ids.length}`,
    voiceIntelligence: value.voiceIntelligence,
    activities: value.activities,
  };
}
