import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, invitations, roleRestrictions } from "@/db/schema";
import { contextFromApiKey } from "@/lib/auth/api-key-context";
import { contextForUser } from "@/lib/auth/user-context";
import { setChildOrgStatus } from "@/lib/orgs/set-org-status";
import type { Database } from "@/lib/db/types";
import { createApiKey, listApiKeys, revokeApiKey } from "@/lib/api-keys/manage";
import { acceptInvitationAsNewUser, acceptInvitationAsUser, describeInvitation } from "@/lib/members/accept-invitation";
import { changeMemberRole, removeMember } from "@/lib/members/change-role";
import { inviteMember } from "@/lib/members/invitations";
import { listMembers } from "@/lib/members/list";
import { testDatabases, uniqueName } from "@/lib/testing/databases";
import { createTree, insertUser, keyContext } from "@/lib/testing/tenants";
import { createCustomRole, deleteCustomRole, updateCustomRole } from "./custom-roles";
import { previewRoleRestrictions, readRoleRestrictions, setRoleRestrictions } from "./restrictions";

const tokenOf = (path: string) => path.replace("/invite/", "");

describe.each(testDatabases())("roles and members on $name", (testDatabase) => {
  let database: Database;
  let tree: Awaited<ReturnType<typeof createTree>>;
  const db = () => database.db;
  const userContext = (user: { userId: string; email: string }, orgId: string) => contextForUser(db(), user, orgId, randomUUID());

  beforeAll(async () => {
    database = await testDatabase.open();
    tree = await createTree(database.db, uniqueName("roles"));
  });
  afterAll(() => database.close());

  it("cuts permissions by the ceiling on the next request", async () => {
    const admin = await insertUser(db(), tree.childA, "admin");
    expect((await userContext(admin, tree.childA.id)).permissions.has("apiKeys.manage")).toBe(true);
    const root = await keyContext(db(), tree.root, "admin");
    const ceiling = ["org.read", "members.read", "members.manage", "usage.read"] as const;
    await setRoleRestrictions(db(), root, tree.childA.id, { allowedRoles: null, permissionCeiling: [...ceiling] });
    const after = await userContext(admin, tree.childA.id);
    expect([...after.permissions].sort()).toEqual([...ceiling].sort());
    await expect(listApiKeys(db(), after)).rejects.toMatchObject({ status: 403, message: expect.stringContaining("apiKeys.manage") });
    await setRoleRestrictions(db(), root, tree.childA.id, { allowedRoles: null, permissionCeiling: null });
  });

  it("keeps a member whose role is no longer allowed, without permissions", async () => {
    const developer = await insertUser(db(), tree.childB, "developer");
    const root = await keyContext(db(), tree.root, "admin");
    const input = { allowedRoles: ["owner", "admin", "viewer"], permissionCeiling: null };
    const preview = await previewRoleRestrictions(db(), root, tree.childB.id, input);
    expect(preview.find((holder) => holder.id === developer.userId)).toMatchObject({ outcome: "role_not_allowed", role: "developer" });
    await setRoleRestrictions(db(), root, tree.childB.id, input);
    const context = await userContext(developer, tree.childB.id);
    expect(context.permissions.size).toBe(0);
    const ownerOfB = await insertUser(db(), tree.childB, "owner");
    const members = await listMembers(db(), await userContext(ownerOfB, tree.childB.id));
    expect(members.find((member) => member.userId === developer.userId)?.roleStatus).toBe("not_allowed");
    await setRoleRestrictions(db(), root, tree.childB.id, { allowedRoles: null, permissionCeiling: null });
  });

  it.each([
    ["unknown role", { allowedRoles: ["wizard"], permissionCeiling: null }, "allowedRoles", "wizard"],
    ["unknown permission", { allowedRoles: null, permissionCeiling: ["org.read", "org.destroy"] }, "permissionCeiling", "org.destroy"],
    ["ceiling above own", { allowedRoles: null, permissionCeiling: ["billing.manage"] }, "permissionCeiling", "billing.manage"],
  ])("rejects a restriction with %s and saves nothing", async (_label, input, field, named) => {
    const root = await keyContext(db(), tree.root, "admin");
    const before = await readRoleRestrictions(db(), tree.childA.id);
    await expect(setRoleRestrictions(db(), root, tree.childA.id, input)).rejects.toMatchObject({
      status: 400,
      field: expect.stringMatching(new RegExp(`^${field}`)),
      message: expect.stringContaining(named),
    });
    expect(await readRoleRestrictions(db(), tree.childA.id)).toEqual(before);
  });

  it("rejects restricting an org of another tree with 404", async () => {
    const root = await keyContext(db(), tree.root, "admin");
    await expect(setRoleRestrictions(db(), root, tree.otherChild.id, { allowedRoles: [], permissionCeiling: null })).rejects.toMatchObject({ status: 404 });
    expect(await db().select().from(roleRestrictions).where(eq(roleRestrictions.orgId, tree.otherChild.id))).toEqual([]);
  });

  it("uses a custom role of the super org in a child", async () => {
    const root = await keyContext(db(), tree.root, "owner");
    const role = await createCustomRole(db(), root, { name: "support", description: "Reads members", permissions: ["org.read", "members.read"] });
    const user = await insertUser(db(), tree.childA, "support");
    expect([...(await userContext(user, tree.childA.id)).permissions].sort()).toEqual(["members.read", "org.read"]);
    await expect(deleteCustomRole(db(), root, role.id ?? "")).rejects.toMatchObject({ status: 409, code: "role_in_use" });
  });

  it("rejects an admin changing a role that grants more than admins hold", async () => {
    const owner = await keyContext(db(), tree.root, "owner");
    const role = await createCustomRole(db(), owner, { name: "payer", permissions: ["org.read", "billing.manage"] });
    const admin = await keyContext(db(), tree.root, "admin");
    await expect(updateCustomRole(db(), admin, role.id ?? "", { permissions: ["org.read"] })).rejects.toMatchObject({ status: 403, code: "role_above_own" });
    await expect(deleteCustomRole(db(), admin, role.id ?? "")).rejects.toMatchObject({ status: 403, code: "role_above_own" });
    await updateCustomRole(db(), owner, role.id ?? "", { permissions: ["org.read"] });
  });

  it("applies a changed custom role on the next request, though permissions are cached", async () => {
    const root = await keyContext(db(), tree.root, "owner");
    const role = await createCustomRole(db(), root, { name: "auditor", permissions: ["org.read", "audit.read"] });
    const user = await insertUser(db(), tree.childB, "auditor");
    expect((await userContext(user, tree.childB.id)).permissions.has("audit.read")).toBe(true);
    // A second request reads the cached permissions; the update must drop them.
    expect((await userContext(user, tree.childB.id)).permissions.has("audit.read")).toBe(true);
    await updateCustomRole(db(), root, role.id ?? "", { permissions: ["org.read"] });
    expect([...(await userContext(user, tree.childB.id)).permissions]).toEqual(["org.read"]);
  });

  it.each([
    ["a built-in name", { name: "admin", permissions: [] }, 400],
    ["an unknown permission", { name: "odd", permissions: ["teleport"] }, 400],
    ["a duplicate name", { name: "support", permissions: [] }, 409],
    ["a NUL in the description", { name: "nul", description: "a\u0000b", permissions: [] }, 400],
  ])("rejects a custom role with %s", async (_label, input, status) => {
    const root = await keyContext(db(), tree.root, "owner");
    await expect(createCustomRole(db(), root, input)).rejects.toMatchObject({ status });
  });

  it("rejects a custom role in an org that is not a super org", async () => {
    const child = await keyContext(db(), tree.childA, "owner");
    await expect(createCustomRole(db(), child, { name: "local", permissions: [] })).rejects.toMatchObject({ status: 403 });
  });

  it("invites, accepts once and rejects reuse", async () => {
    const admin = await keyContext(db(), tree.childA, "admin");
    const email = `${randomUUID().slice(0, 8)}@invite.example`;
    const invitation = await inviteMember(db(), admin, { email, role: "developer" });
    const stored = await db().select().from(invitations).where(eq(invitations.id, invitation.invitationId));
    expect(stored[0]?.tokenHash).not.toContain(tokenOf(invitation.path));
    await expect(inviteMember(db(), admin, { email: email.toUpperCase(), role: "viewer" })).rejects.toMatchObject({ status: 409, code: "invitation_pending" });
    expect(await describeInvitation(db(), tokenOf(invitation.path))).toMatchObject({ email, role: "developer", accountExists: false });
    const accepted = await acceptInvitationAsNewUser(db(), tokenOf(invitation.path), { name: "Invited", password: "long enough password" });
    expect(accepted.orgId).toBe(tree.childA.id);
    await expect(acceptInvitationAsNewUser(db(), tokenOf(invitation.path), { name: "Again", password: "long enough password" })).rejects.toMatchObject({
      status: 409,
      code: "invitation_used",
    });
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.targetOrgId, tree.childA.id));
    expect(audit.map((event) => event.action)).toEqual(expect.arrayContaining(["member.invite", "member.join"]));
  });

  it("rejects a tampered or expired token", async () => {
    const admin = await keyContext(db(), tree.childA, "admin");
    const invitation = await inviteMember(db(), admin, { email: `${randomUUID().slice(0, 8)}@invite.example`, role: "viewer" });
    const token = tokenOf(invitation.path);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    await expect(describeInvitation(db(), tampered)).rejects.toMatchObject({ status: 404, code: "invitation_not_found" });
    await expect(describeInvitation(db(), "short")).rejects.toMatchObject({ status: 404 });
    await db().update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, invitation.invitationId));
    await expect(acceptInvitationAsNewUser(db(), token, { name: "Late", password: "long enough password" })).rejects.toMatchObject({
      status: 400,
      code: "invitation_expired",
    });
  });

  it("adds a membership to an existing user with the invited email only", async () => {
    const admin = await keyContext(db(), tree.childB, "admin");
    const existing = await insertUser(db(), tree.childA, "viewer");
    const stranger = await insertUser(db(), tree.childA, "viewer");
    const invitation = await inviteMember(db(), admin, { email: existing.email, role: "viewer" });
    await expect(acceptInvitationAsUser(db(), tokenOf(invitation.path), stranger)).rejects.toMatchObject({ status: 403 });
    expect(await acceptInvitationAsUser(db(), tokenOf(invitation.path), existing)).toEqual({ orgId: tree.childB.id });
    expect((await userContext(existing, tree.childB.id)).role).toBe("viewer");
  });

  it.each([
    ["an unknown role", "wizard", 400],
    ["a role above the inviter", "owner", 403],
  ])("rejects an invitation with %s", async (_label, role, status) => {
    const admin = await keyContext(db(), tree.childA, "admin");
    await expect(inviteMember(db(), admin, { email: `${randomUUID().slice(0, 8)}@x.example`, role })).rejects.toMatchObject({ status });
  });

  it("rejects a role that is not allowed in the child, naming both", async () => {
    const root = await keyContext(db(), tree.root, "admin");
    const org = await createTree(db(), uniqueName("allowed"));
    const rootOfOrg = await keyContext(db(), org.root, "admin");
    await setRoleRestrictions(db(), rootOfOrg, org.childA.id, { allowedRoles: ["admin", "viewer"], permissionCeiling: null });
    const admin = await keyContext(db(), org.childA, "admin");
    await expect(inviteMember(db(), admin, { email: "a@x.example", role: "developer" })).rejects.toMatchObject({
      status: 400,
      code: "role_not_allowed",
      message: expect.stringMatching(new RegExp(`developer.*${org.childA.name}`)),
    });
    await expect(createApiKey(db(), admin, { name: "dev", role: "developer" })).rejects.toMatchObject({ status: 400 });
    expect(root.actingOrg.id).not.toBe(org.root.id);
  });

  it("never demotes or removes the last owner", async () => {
    const org = await createTree(db(), uniqueName("owners"));
    const owner = await insertUser(db(), org.childA, "owner");
    const context = await userContext(owner, org.childA.id);
    await expect(changeMemberRole(db(), context, owner.userId, { role: "admin" })).rejects.toMatchObject({ status: 409, code: "last_owner" });
    await expect(removeMember(db(), context, owner.userId)).rejects.toMatchObject({ status: 409, code: "last_owner" });
    const second = await insertUser(db(), org.childA, "owner");
    await changeMemberRole(db(), context, second.userId, { role: "admin" });
    await expect(removeMember(db(), context, owner.userId)).rejects.toMatchObject({ status: 409 });
  });

  it("keeps an admin from changing an owner", async () => {
    const org = await createTree(db(), uniqueName("rank"));
    const owner = await insertUser(db(), org.childA, "owner");
    const admin = await keyContext(db(), org.childA, "admin");
    await expect(removeMember(db(), admin, owner.userId)).rejects.toMatchObject({ status: 403, code: "role_above_own" });
  });

  it("creates, lists and revokes API keys with a role", async () => {
    const admin = await keyContext(db(), tree.childA, "admin");
    const created = await createApiKey(db(), admin, { name: "CI" });
    expect(created.role).toBe("admin");
    const listed = await listApiKeys(db(), admin);
    const row = listed.find((key) => key.id === created.id);
    expect(row?.maskedKey).not.toContain(created.key.slice(6, -4));
    expect(row?.createdBy).toBe("API key admin key");
    await revokeApiKey(db(), admin, created.id);
    const { contextFromApiKey } = await import("@/lib/auth/api-key-context");
    await expect(contextFromApiKey(db(), { apiKey: created.key, assumeOrg: undefined }, "r")).rejects.toMatchObject({ status: 401 });
    await expect(revokeApiKey(db(), await keyContext(db(), tree.childB, "admin"), row?.id ?? "")).rejects.toMatchObject({ status: 404 });
  });

  it("drops a cached key context on revocation and suspension", async () => {
    const org = await createTree(db(), uniqueName("cached"));
    const admin = await keyContext(db(), org.root, "admin");
    const created = await createApiKey(db(), admin, { name: "cached", role: "admin" });
    const resolve = () => contextFromApiKey(db(), { apiKey: created.key, assumeOrg: org.childA.id }, randomUUID());
    expect((await resolve()).actingOrg.id).toBe(org.childA.id);
    expect((await resolve()).actingOrg.id).toBe(org.childA.id);
    await setChildOrgStatus(db(), admin, org.childA.id, { status: "suspended" });
    await expect(resolve()).rejects.toMatchObject({ status: 403 });
    await setChildOrgStatus(db(), admin, org.childA.id, { status: "active" });
    expect((await resolve()).actingOrg.status).toBe("active");
    await revokeApiKey(db(), admin, created.id);
    await expect(resolve()).rejects.toMatchObject({ status: 401 });
  });

  it("rejects an API key with a role above the creator", async () => {
    const developer = await keyContext(db(), tree.childA, "developer");
    await expect(createApiKey(db(), developer, { name: "escalate", role: "admin" })).rejects.toMatchObject({ status: 403, code: "role_above_own" });
  });

  it("rejects revoking a key with a role above the caller", async () => {
    const admin = await keyContext(db(), tree.childA, "admin");
    const adminKey = await createApiKey(db(), admin, { name: "deploys", role: "admin" });
    const developerKey = await createApiKey(db(), admin, { name: "local", role: "developer" });
    const developer = await keyContext(db(), tree.childA, "developer");
    await expect(revokeApiKey(db(), developer, adminKey.id)).rejects.toMatchObject({ status: 403, code: "role_above_own" });
    const keys = await listApiKeys(db(), admin);
    expect(keys.find((key) => key.id === adminKey.id)?.revokedAt).toBeNull();
    await revokeApiKey(db(), developer, developerKey.id);
    expect((await listApiKeys(db(), admin)).find((key) => key.id === developerKey.id)?.revokedAt).not.toBeNull();
  });
});
