import type { Db } from "@/lib/db/client";
import { listSwitchableOrgs, type SwitchableOrg } from "@/lib/auth/user-context";
import { findOrgsByIds } from "./queries";

export interface OrgSwitcherOption extends SwitchableOrg {
  parentId: string | null;
  canHaveChildren: boolean;
}

/**
 * Lists the orgs of the "switch organization" dropdown: every org the user may act as, with the
 * parent and super-org flag the dropdown needs to draw the tree and keep the current section.
 * Scoped by the user's memberships like `listSwitchableOrgs`. The server re-checks each switch.
 */
export async function listOrgSwitcherOptions(db: Db, userId: string): Promise<OrgSwitcherOption[]> {
  const switchable = await listSwitchableOrgs(db, userId);
  const orgsById = new Map((await findOrgsByIds(db, switchable.map((org) => org.id))).map((org) => [org.id, org]));
  return switchable.map((option) => {
    const org = orgsById.get(option.id);
    return { ...option, parentId: org?.parentId ?? null, canHaveChildren: org?.canHaveChildren ?? false };
  });
}
