import { eq } from "drizzle-orm";
import { entitlements } from "@/db/schema";
import { authorize } from "@/lib/access/authorize";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { getChildOrg } from "@/lib/orgs/child-orgs";
import { loadEffectiveEntitlements, type EffectiveEntitlements, type ItemAccess, type OrgRef } from "./effective";
import { rowToEntitlements, UNRESTRICTED } from "./read";
import type { Entitlements } from "./schemas";

export interface RestrictedItem extends OrgRef {
  id: string;
  /** True when an ancestor's row removed the item, so that editing this org cannot give it back. */
  locked: boolean;
}

export interface EffectiveItems {
  /** Ids the org may use, in catalog order for activities and sorted otherwise. */
  ids: string[];
  restricted: RestrictedItem[];
}

export interface EffectiveView {
  voices: EffectiveItems;
  soundTemplates: EffectiveItems;
  voiceIntelligence: { allowed: boolean; restrictedBy: (OrgRef & { locked: boolean }) | null };
  activities: EffectiveItems;
}

export interface ChildEntitlementsView {
  orgId: string;
  /** The values set on the org by its parent. */
  entitlements: Entitlements;
  /** The preset the org follows, or null when its values are its own. */
  presetId: string | null;
  effective: EffectiveView;
}

/** Returns a descendant's own entitlements, its preset link and its effective entitlements. */
export async function getChildEntitlements(db: Db, context: RequestContext, childOrgId: string): Promise<ChildEntitlementsView> {
  const child = await getChildOrg(db, context, childOrgId);
  authorize(context, "childOrgs.read", child);
  const [row] = await db.select().from(entitlements).where(eq(entitlements.orgId, child.id)).limit(1);
  const effective = await loadEffectiveEntitlements(db, child);
  return {
    orgId: child.id,
    entitlements: row ? rowToEntitlements(row) : UNRESTRICTED,
    presetId: row?.presetId ?? null,
    effective: describeEffective(effective),
  };
}

/** Turns effective entitlements into plain JSON; an item is locked unless the org's own row removed it. */
export function describeEffective(effective: EffectiveEntitlements): EffectiveView {
  const restrictedBy = effective.voiceIntelligence.restrictedBy;
  return {
    voices: describeItems(effective.voices, effective.orgId, true),
    soundTemplates: describeItems(effective.soundTemplates, effective.orgId, true),
    voiceIntelligence: {
      allowed: effective.voiceIntelligence.allowed,
      restrictedBy: restrictedBy ? { ...restrictedBy, locked: restrictedBy.orgId !== effective.orgId } : null,
    },
    activities: describeItems(effective.activities, effective.orgId, false),
  };
}

function describeItems(access: ItemAccess, orgId: string, sort: boolean): EffectiveItems {
  const ids = [...access.allowed];
  const restricted = [...access.restrictedBy].map(([id, ref]) => ({ id, ...ref, locked: ref.orgId !== orgId }));
  if (sort) {
    ids.sort();
    restricted.sort((a, b) => a.id.localeCompare(b.id));
  }
  return { ids, restricted };
}
