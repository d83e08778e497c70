import { getCatalogIndex } from "@/lib/catalog/cache";
import type { Org } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { findOrgByIdCached } from "@/lib/orgs/org-cache";
import { loadEffectiveEntitlements, type ItemAccess, type OrgRef } from "./effective";
import type { Entitlements, EntitlementsInput } from "./schemas";

/** Removes duplicate ids, and every id of a selection whose mode is "all". */
export function normalizeEntitlements(input: EntitlementsInput): Entitlements {
  return {
    voices: { mode: input.voices.mode, ids: input.voices.mode === "all" ? [] : unique(input.voices.ids) },
    soundTemplates: {
      mode: input.soundTemplates.mode,
      ids: input.soundTemplates.mode === "all" ? [] : unique(input.soundTemplates.ids),
    },
    voiceIntelligence: input.voiceIntelligence,
    activities: unique(input.activities),
  };
}

/** The column values of an `entitlements` or `entitlement_presets` row. */
export function toColumns(value: Entitlements) {
  return {
    voicesMode: value.voices.mode,
    voiceIds: value.voices.ids,
    soundTemplatesMode: value.soundTemplates.mode,
    soundTemplateIds: value.soundTemplates.ids,
    voiceIntelligence: value.voiceIntelligence,
    activities: value.activities,
  };
}

/** Throws Invalid naming the first ids that are not in the voice or sound design catalog. */
export async function assertKnownIds(db: Db, value: Entitlements): Promise<void> {
  const catalog = await getCatalogIndex(db);
  assertIn("voices.ids", "voice", value.voices.ids, catalog.voiceIds);
  assertIn("soundTemplates.ids", "sound design", value.soundTemplates.ids, catalog.soundTemplateIds);
}

/**
 * Throws Invalid when an allow list names voices or sound designs that `parent` may not use,
 * naming the ids and the org that removed them. Deny lists and switches need no check: whatever
 * they name beyond the parent's entitlements has no effect.
 */
export async function assertWithinOrg(db: Db, parent: Org, value: Entitlements): Promise<void> {
  const effective = await loadEffectiveEntitlements(db, parent);
  assertAllowListWithin("voices.ids", "voice", value.voices, effective.voices, parent);
  assertAllowListWithin("soundTemplates.ids", "sound design", value.soundTemplates, effective.soundTemplates, parent);
}

/** Runs `assertWithinOrg` against the parent of `child`, which sets the child's entitlements. */
export async function assertWithinParent(db: Db, child: Org, value: Entitlements): Promise<void> {
  const parent = child.parentId ? await findOrgByIdCached(db, child.parentId) : undefined;
  if (parent) await assertWithinOrg(db, parent, value);
}

function assertAllowListWithin(
  field: string,
  label: string,
  selection: Entitlements["voices"],
  access: ItemAccess,
  parent: Org,
): void {
  if (selection.mode !== "allow") return;
  const outside = selection.ids.filter((id) => !access.allowed.has(id));
  if (outside.length === 0) return;

  const byOrg = new Map<string, { ref: OrgRef; ids: string[] }>();
  for (const id of outside) {
    const ref = access.restrictedBy.get(id) ?? { orgId: parent.id, orgName: parent.name };
    const group = byOrg.get(ref.orgId) ?? { ref, ids: [] };
    group.ids.push(id);
    byOrg.set(ref.orgId, group);
  }
  const causes = [...byOrg.values()].map(
    ({ ref, ids }) => `${ids.slice(0, 10).join(", ")} (restricted at ${ref.orgName}, ${ref.orgId})`,
  );
  throw new Invalid(
    `${field}: the allow list names ${label}(s) that ${parent.name} may not use: ${causes.join("; ")}. Remove them from the list.`,
    field,
    "not_allowed_by_ancestor",
  );
}

function assertIn(field: string, label: string, ids: string[], known: ReadonlySet<string>): void {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new Invalid(`${field}: unknown ${label} id(s): ${missing.slice(0, 5).join(", ")}.`, field);
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
