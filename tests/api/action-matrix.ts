import { randomUUID } from "node:crypto";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/manage";
import { insertApiKey } from "@/lib/api-keys/create";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { applyEntitlementsToChildren } from "@/lib/entitlements/bulk";
import { linkChildToPreset, unlinkChildFromPreset } from "@/lib/entitlements/preset-links";
import { createEntitlementPreset, deleteEntitlementPreset, updateEntitlementPreset } from "@/lib/entitlements/presets-write";
import { updateChildEntitlements } from "@/lib/entitlements/update";
import { UNRESTRICTED } from "@/lib/entitlements/read";
import { changeMemberRole, removeMember } from "@/lib/members/change-role";
import { inviteMember, revokeInvitation } from "@/lib/members/invitations";
import { createChildOrg } from "@/lib/orgs/create-child-org";
import { setChildOrgStatus } from "@/lib/orgs/set-org-status";
import { createCustomRole, deleteCustomRole, updateCustomRole } from "@/lib/roles/custom-roles";
import { previewRoleRestrictions, setRoleRestrictions } from "@/lib/roles/restrictions";
import { insertUser } from "@/lib/testing/tenants";
import { setChildCreditLimit } from "@/lib/usage/credit-limit";

/**
 * The orgs and ids an action cell acts on. `childA` is a super org, and `grandchild` is its child,
 * so A's admins manage it. `presetOfAId` is a preset owned by A.
 */
export interface ActionFixtures {
  db: Db;
  childA: Org;
  grandchild: Org;
  rootRoleId: string;
  presetOfAId: string;
}

/** Statuses for: viewer of A, admin of A, admin of B, super admin as A, super admin as another tree, restricted user of A. */
export type ActionRow = [number, number, number, number, number, number];

interface ActionCase {
  /** The lib function the action calls; the source check requires the action to call it. */
  lib: string;
  expected: ActionRow;
  run: (context: RequestContext, fx: ActionFixtures) => Promise<unknown>;
}

const freshEmail = () => `m-${randomUUID().slice(0, 8)}@matrix.example`;

//                                                   viewerA adminA adminB superA other restricted
export const ACTION_MATRIX: Record<string, ActionCase> = {
  createChildOrgAction: {
    lib: "createChildOrg",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => createChildOrg(fx.db, context, { orgName: `Matrix ${randomUUID().slice(0, 6)}` }),
  },
  updateEntitlementsAction: {
    lib: "updateChildEntitlements",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => updateChildEntitlements(fx.db, context, fx.grandchild.id, UNRESTRICTED),
  },
  setChildOrgStatusAction: {
    lib: "setChildOrgStatus",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => setChildOrgStatus(fx.db, context, fx.grandchild.id, { status: "active" }),
  },
  createCustomRoleAction: {
    lib: "createCustomRole",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => createCustomRole(fx.db, context, { name: `r${randomUUID().slice(0, 6)}`, permissions: [] }),
  },
  updateCustomRoleAction: {
    lib: "updateCustomRole",
    expected: [403, 404, 404, 404, 404, 403],
    run: (context, fx) => updateCustomRole(fx.db, context, fx.rootRoleId, { permissions: ["org.read"] }),
  },
  deleteCustomRoleAction: {
    lib: "deleteCustomRole",
    expected: [403, 404, 404, 404, 404, 403],
    run: (context, fx) => deleteCustomRole(fx.db, context, fx.rootRoleId),
  },
  previewRoleRestrictionsAction: {
    lib: "previewRoleRestrictions",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => previewRoleRestrictions(fx.db, context, fx.grandchild.id, { allowedRoles: null, permissionCeiling: null }),
  },
  updateRoleRestrictionsAction: {
    lib: "setRoleRestrictions",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => setRoleRestrictions(fx.db, context, fx.grandchild.id, { allowedRoles: null, permissionCeiling: null }),
  },
  inviteMemberAction: {
    lib: "inviteMember",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => inviteMember(fx.db, context, { email: freshEmail(), role: "viewer" }),
  },
  revokeInvitationAction: {
    lib: "revokeInvitation",
    expected: [403, 200, 404, 200, 404, 403],
    run: async (context, fx) => revokeInvitation(fx.db, context, await freshInvitation(fx)),
  },
  changeMemberRoleAction: {
    lib: "changeMemberRole",
    expected: [403, 200, 404, 200, 404, 403],
    run: async (context, fx) => changeMemberRole(fx.db, context, (await insertUser(fx.db, fx.childA, "viewer")).userId, { role: "admin" }),
  },
  removeMemberAction: {
    lib: "removeMember",
    expected: [403, 200, 404, 200, 404, 403],
    run: async (context, fx) => removeMember(fx.db, context, (await insertUser(fx.db, fx.childA, "viewer")).userId),
  },
  createApiKeyAction: {
    lib: "createApiKey",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => createApiKey(fx.db, context, { name: "matrix", role: "viewer" }),
  },
  revokeApiKeyAction: {
    lib: "revokeApiKey",
    expected: [403, 200, 404, 200, 404, 403],
    run: async (context, fx) => revokeApiKey(fx.db, context, (await insertApiKey(fx.db, { orgId: fx.childA.id, name: "victim" })).id),
  },
  bulkUpdateEntitlementsAction: {
    lib: "applyEntitlementsToChildren",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => applyEntitlementsToChildren(fx.db, context, { childOrgIds: [fx.grandchild.id], entitlements: UNRESTRICTED }),
  },
  linkPresetAction: {
    lib: "linkChildToPreset",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => linkChildToPreset(fx.db, context, fx.grandchild.id, { presetId: fx.presetOfAId }),
  },
  unlinkPresetAction: {
    lib: "unlinkChildFromPreset",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => unlinkChildFromPreset(fx.db, context, fx.grandchild.id),
  },
  createPresetAction: {
    lib: "createEntitlementPreset",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => createEntitlementPreset(fx.db, context, { name: `Matrix ${randomUUID().slice(0, 6)}`, ...UNRESTRICTED }),
  },
  updatePresetAction: {
    lib: "updateEntitlementPreset",
    expected: [403, 200, 404, 200, 404, 403],
    run: (context, fx) => updateEntitlementPreset(fx.db, context, fx.presetOfAId, { name: PRESET_OF_A_NAME, ...UNRESTRICTED }),
  },
  deletePresetAction: {
    lib: "deleteEntitlementPreset",
    expected: [403, 200, 404, 200, 404, 403],
    run: async (context, fx) => deleteEntitlementPreset(fx.db, context, await freshPresetOfA(fx)),
  },
  // Setting a limit needs billing.manage, which only owner and billing hold, so every admin here is
  // refused; lib/usage/credit-limit.test.ts covers the owner's success path.
  setChildCreditLimitAction: {
    lib: "setChildCreditLimit",
    expected: [403, 403, 404, 403, 404, 403],
    run: (context, fx) => setChildCreditLimit(fx.db, context, fx.grandchild.id, { monthlyCredits: "100", atLimit: "block", alertThresholds: [80, 100] }),
  },
};

/** Name of the preset owned by A that the update and link cells act on. */
export const PRESET_OF_A_NAME = "Matrix standard";

/** Actions without a request context: the caller has no membership yet, and lib checks the token or form. */
export const PUBLIC_ACTIONS = {
  signUpAction: "creates a new account and its own org",
  acceptInvitationAsNewUserAction: "the invitation token is the credential",
  acceptInvitationAsUserAction: "the invitation token and the session's email are the credentials",
};

async function freshInvitation(fx: ActionFixtures): Promise<string> {
  const { contextFromApiKey } = await import("@/lib/auth/api-key-context");
  const { key } = await insertApiKey(fx.db, { orgId: fx.childA.id, name: "inviter", role: "owner" });
  const owner = await contextFromApiKey(fx.db, { apiKey: key, assumeOrg: undefined }, randomUUID());
  return (await inviteMember(fx.db, owner, { email: freshEmail(), role: "viewer" })).invitationId;
}

/** Creates a preset owned by A with a key of A's owner, for a delete cell. */
async function freshPresetOfA(fx: ActionFixtures): Promise<string> {
  const owner = await ownerContextOfA(fx);
  return (await createEntitlementPreset(fx.db, owner, { name: `Matrix victim ${randomUUID().slice(0, 6)}`, ...UNRESTRICTED })).id;
}

async function ownerContextOfA(fx: ActionFixtures): Promise<RequestContext> {
  const { contextFromApiKey } = await import("@/lib/auth/api-key-context");
  const { key } = await insertApiKey(fx.db, { orgId: fx.childA.id, name: "preset owner", role: "owner" });
  return contextFromApiKey(fx.db, { apiKey: key, assumeOrg: undefined }, randomUUID());
}
