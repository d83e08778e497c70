import { inArray } from "drizzle-orm";
import { entitlements } from "@/db/schema";
import { ACTIVITIES } from "@/lib/catalog/activities";
import { getCatalogIndex, type CatalogIndex } from "@/lib/catalog/cache";
import { GenerationMap } from "@/lib/cache/tree-cache";
import type { Org } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { findOrgsByIdsCached } from "@/lib/orgs/org-cache";
import { rowToEntitlements } from "./read";
import type { Entitlements } from "./schemas";

export interface OrgRef {
  orgId: string;
  orgName: string;
}

/** The items of one kind an org may use, and for each removed item the org whose row removed it. */
export interface ItemAccess {
  allowed: ReadonlySet<string>;
  restrictedBy: ReadonlyMap<string, OrgRef>;
}

/**
 * What an org may use once every row on the path from its root is applied. A row belongs to the
 * org it restricts and is set by that org's parent.
 */
export interface EffectiveEntitlements {
  orgId: string;
  voices: ItemAccess;
  soundTemplates: ItemAccess;
  voiceIntelligence: { allowed: boolean; restrictedBy: OrgRef | null };
  activities: ItemAccess;
  /** The first suspended org on the path from the root, which blocks everything below it. */
  suspendedBy: OrgRef | null;
}

export interface PathLevel {
  org: Org;
  /** The org's own row; null when it has none (no restriction). */
  own: Entitlements | null;
}

/**
 * Intersects the rows along `path` (root first, the org itself last). Each level is "all", an
 * allow list or a deny list; an item removed at several levels names the one nearest the root.
 */
export function computeEffective(path: PathLevel[], catalog: Pick<CatalogIndex, "voiceIds" | "soundTemplateIds">): EffectiveEntitlements {
  const target = path.at(-1);
  if (!target) throw new Error("computeEffective needs a path of at least one org");
  const voices = new ItemNarrowing(catalog.voiceIds);
  const soundTemplates = new ItemNarrowing(catalog.soundTemplateIds);
  const activities = new ItemNarrowing(ACTIVITIES);
  let voiceIntelligence: OrgRef | null = null;
  let suspendedBy: OrgRef | null = null;

  for (const { org, own } of path) {
    const ref = { orgId: org.id, orgName: org.name };
    if (org.status === "suspended") suspendedBy ??= ref;
    if (!own) continue;
    voices.apply(own.voices, ref);
    soundTemplates.apply(own.soundTemplates, ref);
    activities.apply({ mode: "allow", ids: own.activities }, ref);
    if (!own.voiceIntelligence) voiceIntelligence ??= ref;
  }

  return {
    orgId: target.org.id,
    voices: voices.result(),
    soundTemplates: soundTemplates.result(),
    voiceIntelligence: { allowed: voiceIntelligence === null, restrictedBy: voiceIntelligence },
    activities: activities.result(),
    suspendedBy,
  };
}

class ItemNarrowing {
  private readonly allowed: Set<string>;
  private readonly restrictedBy = new Map<string, OrgRef>();

  constructor(all: Iterable<string>) {
    this.allowed = new Set(all);
  }

  apply(selection: { mode: "all" | "allow" | "deny"; ids: readonly string[] }, ref: OrgRef): void {
    if (selection.mode === "all") return;
    const listed = new Set(selection.ids);
    for (const id of [...this.allowed]) {
      const removed = selection.mode === "allow" ? !listed.has(id) : listed.has(id);
      if (removed) {
        this.allowed.delete(id);
        this.restrictedBy.set(id, ref);
      }
    }
  }

  result(): ItemAccess {
    return { allowed: this.allowed, restrictedBy: this.restrictedBy };
  }
}

const effectiveCache = new GenerationMap<EffectiveEntitlements>();

/**
 * Returns the effective entitlements of `org` without access checks (internal to `lib/`). They are
 * cached in memory per org until the next change to any tree (see `lib/cache/tree-cache.ts`).
 */
export async function loadEffectiveEntitlements(db: Db, org: Org): Promise<EffectiveEntitlements> {
  const effective = await effectiveCache.getOrLoad(db, org.id, async () => {
    const pathIds = [...org.ancestorIds, org.id];
    const [catalog, pathOrgs, rows] = await Promise.all([
      getCatalogIndex(db),
      findOrgsByIdsCached(db, pathIds),
      db.select().from(entitlements).where(inArray(entitlements.orgId, pathIds)),
    ]);
    const orgsById = new Map(pathOrgs.map((pathOrg) => [pathOrg.id, pathOrg]));
    const rowsByOrg = new Map(rows.map((row) => [row.orgId, rowToEntitlements(row)]));
    const path = pathIds.map((id) => ({ org: orgsById.get(id) ?? (id === org.id ? org : missingOrg(id)), own: rowsByOrg.get(id) ?? null }));
    return computeEffective(path, catalog);
  });
  if (!effective) throw new Error(`effective entitlements of ${org.id} could not be computed`);
  return effective;
}

function missingOrg(id: string): never {
  throw new Error(`ancestor org ${id} is missing`);
}
