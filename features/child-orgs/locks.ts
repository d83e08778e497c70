import type { OrgRef } from "@/lib/entitlements/effective";
import type { Entitlements } from "@/lib/entitlements/schemas";
import type { EffectiveItems, EffectiveView } from "@/lib/entitlements/view";

/** Why an editor cannot give an item back: an ancestor's entitlements removed it. */
export interface Lock {
  /** The org whose entitlements removed the item; every org below it loses the item too. */
  orgId: string;
  orgName: string;
  /** The org that set those entitlements: the parent of `orgName`, or `orgName` itself for a root. */
  setByName: string;
}

/** Locked items of one editor, keyed by catalog or activity id; plain objects, so that they serialize. */
export interface Locks {
  voices: Record<string, Lock>;
  soundTemplates: Record<string, Lock>;
  activities: Record<string, Lock>;
  voiceIntelligence: Lock | null;
}

export const NO_LOCKS: Locks = { voices: {}, soundTemplates: {}, activities: {}, voiceIntelligence: null };

/** Names who removed an item: `path` lists the orgs from the root down, and a row is set by the org above it. */
export function toLock(ref: OrgRef, path: readonly OrgRef[]): Lock {
  const index = path.findIndex((org) => org.orgId === ref.orgId);
  const parent = index > 0 ? path[index - 1] : undefined;
  return { orgId: ref.orgId, orgName: ref.orgName, setByName: parent?.orgName ?? ref.orgName };
}

/**
 * Locks of a child org's editor: the items an ancestor of the child removed. Items the child's own
 * entitlements removed stay editable.
 */
export function childLocks(effective: EffectiveView, path: readonly OrgRef[]): Locks {
  const vi = effective.voiceIntelligence.restrictedBy;
  return {
    voices: lockItems(effective.voices, path, true),
    soundTemplates: lockItems(effective.soundTemplates, path, true),
    activities: lockItems(effective.activities, path, true),
    voiceIntelligence: vi?.locked ? toLock(vi, path) : null,
  };
}

/**
 * Locks of an editor that sets values for the acting org's children (presets, bulk changes): every
 * item the acting org itself may not use, since a child never gets more than its parent.
 */
export function parentLocks(effective: EffectiveView, path: readonly OrgRef[]): Locks {
  const vi = effective.voiceIntelligence.restrictedBy;
  return {
    voices: lockItems(effective.voices, path, false),
    soundTemplates: lockItems(effective.soundTemplates, path, false),
    activities: lockItems(effective.activities, path, false),
    voiceIntelligence: vi ? toLock(vi, path) : null,
  };
}

function lockItems(items: EffectiveItems, path: readonly OrgRef[], onlyLocked: boolean): Record<string, Lock> {
  const locks: Record<string, Lock> = {};
  for (const item of items.restricted) {
    if (!onlyLocked || item.locked) locks[item.id] = toLock(item, path);
  }
  return locks;
}

/** The short text beside a locked item. */
export function lockLabel(lock: Lock): string {
  return `Restricted by ${lock.setByName}`;
}

/** The full explanation of a locked item, for tooltips and the effective entitlements view. */
export function lockExplanation(lock: Lock): string {
  if (lock.setByName === lock.orgName) return `Removed on ${lock.orgName}, the root org, and so for every org below it.`;
  return `Removed by ${lock.setByName} from ${lock.orgName} and every org below it.`;
}

/** Returns the ids an editor may still choose: the catalog minus locked items, in catalog order. */
export function unlockedIds(catalogIds: readonly string[], locks: Record<string, Lock>): string[] {
  return catalogIds.filter((id) => !(id in locks));
}

/**
 * Drops locked ids from allow lists, because the server rejects an allow list naming what the
 * parent may not use. Deny lists and activities keep them: there they change nothing.
 */
export function withoutLockedIds(value: Entitlements, locks: Locks): Entitlements {
  const strip = (selection: Entitlements["voices"], locked: Record<string, Lock>) =>
    selection.mode === "allow" ? { mode: selection.mode, ids: selection.ids.filter((id) => !(id in locked)) } : selection;
  return { ...value, voices: strip(value.voices, locks.voices), soundTemplates: strip(value.soundTemplates, locks.soundTemplates) };
}

/** Counts the locked ids an allow list still names, which saving will drop. */
export function countLockedInAllowLists(value: Entitlements, locks: Locks): number {
  const count = (selection: Entitlements["voices"], locked: Record<string, Lock>) =>
    selection.mode === "allow" ? selection.ids.filter((id) => id in locked).length : 0;
  return count(value.voices, locks.voices) + count(value.soundTemplates, locks.soundTemplates);
}

/** Groups locks by the org that set them, for one summary line per org. */
export function groupLocksBySetter(locks: Record<string, Lock>): { lock: Lock; ids: string[] }[] {
  const groups = new Map<string, { lock: Lock; ids: string[] }>();
  for (const [id, lock] of Object.entries(locks)) {
    const group = groups.get(lock.orgId) ?? { lock, ids: [] };
    group.ids.push(id);
    groups.set(lock.orgId, group);
  }
  return [...groups.values()];
}
