import { and, asc, eq, sql } from "drizzle-orm";
import { entitlementPresets, entitlements } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { NotFound } from "@/lib/errors";
import { rowToEntitlements } from "./read";
import type { Entitlements } from "./schemas";

export interface EntitlementPreset extends Entitlements {
  id: string;
  name: string;
  ownerOrgId: string;
  /** Orgs whose entitlements follow this preset. */
  linkedOrgIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

type PresetRow = typeof entitlementPresets.$inferSelect;

/** Lists the presets owned by the acting org, by name, with the orgs linked to each. */
export async function listEntitlementPresets(db: Db, context: RequestContext): Promise<EntitlementPreset[]> {
  authorize(context, "childOrgs.read");
  const rows = await db
    .select({ preset: entitlementPresets, linkedOrgIds: linkedOrgIdsColumn() })
    .from(entitlementPresets)
    .where(eq(entitlementPresets.ownerOrgId, context.actingOrg.id))
    .orderBy(asc(sql`lower(${entitlementPresets.name})`));
  return rows.map((row) => toPreset(row.preset, row.linkedOrgIds));
}

/** Returns one preset owned by the acting org; presets of any other org are NotFound. */
export async function getEntitlementPreset(db: Db, context: RequestContext, presetId: string): Promise<EntitlementPreset> {
  authorize(context, "childOrgs.read");
  return findOwnedPreset(db, context, presetId);
}

/** Loads a preset owned by the acting org without a permission check; internal to `lib/`. */
export async function findOwnedPreset(db: Db, context: RequestContext, presetId: string): Promise<EntitlementPreset> {
  const [row] = await db
    .select({ preset: entitlementPresets, linkedOrgIds: linkedOrgIdsColumn() })
    .from(entitlementPresets)
    .where(and(eq(entitlementPresets.id, presetId), eq(entitlementPresets.ownerOrgId, context.actingOrg.id)))
    .limit(1);
  if (!row) throw new NotFound(`Entitlement preset ${presetId.slice(0, 100)} not found.`);
  return toPreset(row.preset, row.linkedOrgIds);
}

function linkedOrgIdsColumn() {
  // The outer table is named in full: Drizzle leaves columns of a one-table select unqualified.
  return sql<string[]>`coalesce((
    select array_agg(e.org_id order by e.org_id) from ${entitlements} e
    where e.preset_id = "entitlement_presets"."id"
  ), '{}'::text[])`;
}

function toPreset(row: PresetRow, linkedOrgIds: string[]): EntitlementPreset {
  return {
    id: row.id,
    name: row.name,
    ownerOrgId: row.ownerOrgId,
    ...rowToEntitlements(row),
    linkedOrgIds,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
