import { ACTIVITIES, ACTIVITY_LABELS, isActivity } from "@/lib/catalog/activities";
import type { OrgRef } from "@/lib/entitlements/effective";
import type { EffectiveItems } from "@/lib/entitlements/view";
import { lockExplanation, toLock } from "./locks";

export interface RestrictionGroup {
  orgId: string;
  /** Why these items are not usable, naming who removed them. */
  explanation: string;
  /** True when the child's own restrictions removed them, so the editor above can give them back. */
  editable: boolean;
  names: string[];
}

/**
 * Groups the items an org may not use by the org whose restrictions removed them, nearest the
 * root first, with names looked up in `names` (ids without a name are shown as ids).
 */
export function groupRestrictions(
  items: EffectiveItems,
  path: readonly OrgRef[],
  names: ReadonlyMap<string, string>,
): RestrictionGroup[] {
  const groups = new Map<string, RestrictionGroup>();
  for (const item of items.restricted) {
    let group = groups.get(item.orgId);
    if (!group) {
      const lock = toLock(item, path);
      group = {
        orgId: item.orgId,
        editable: !item.locked,
        explanation: item.locked
          ? lockExplanation(lock)
          : `Removed by the restrictions of ${item.orgName}, which ${lock.setByName} sets in the editor above.`,
        names: [],
      };
      groups.set(item.orgId, group);
    }
    group.names.push(names.get(item.id) ?? item.id);
  }
  const depth = new Map(path.map((org, index) => [org.orgId, index]));
  return [...groups.values()].sort((a, b) => (depth.get(a.orgId) ?? 0) - (depth.get(b.orgId) ?? 0));
}

/** Display names of the activities, in the order charts show them. */
export const ACTIVITY_NAMES: ReadonlyMap<string, string> = new Map(ACTIVITIES.map((activity) => [activity, ACTIVITY_LABELS[activity]]));

export function activityName(id: string): string {
  return isActivity(id) ? ACTIVITY_LABELS[id] : id;
}
