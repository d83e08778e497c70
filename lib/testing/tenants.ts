import { randomUUID } from "node:crypto";
import { memberships, orgs, soundTemplates, users, voices } from "@/db/schema";
import { CATALOG_SOUND_TEMPLATES, CATALOG_VOICES } from "@/db/seed/catalog";
import { insertApiKey } from "@/lib/api-keys/create";
import { contextFromApiKey } from "@/lib/auth/api-key-context";
import type { Org, RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { findOrgById } from "@/lib/orgs/queries";

/** Inserts an org directly (test setup only); children get their path from `parent`. */
export async function insertOrg(
  db: Db,
  values: { name: string; parent?: Org; canHaveChildren?: boolean; status?: Org["status"] },
): Promise<Org> {
  const id = randomUUID();
  const parent = values.parent;
  await db.insert(orgs).values({
    id,
    name: values.name,
    parentId: parent?.id ?? null,
    rootId: parent?.rootId ?? id,
    ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
    canHaveChildren: values.canHaveChildren ?? false,
    status: values.status ?? "active",
  });
  const org = await findOrgById(db, id);
  if (!org) throw new Error("inserted org not found");
  return org;
}

export async function insertUser(db: Db, org: Org, role: string): Promise<{ userId: string; email: string }> {
  const userId = randomUUID();
  const email = `${role}-${userId.slice(0, 8)}@test.example`;
  await db.insert(users).values({ id: userId, email, name: `${role} user`, passwordHash: "scrypt$unused" });
  await db.insert(memberships).values({ userId, orgId: org.id, role });
  return { userId, email };
}

/** Creates an API key of `org` with `role` and returns its request context, acting as `assume` when given. */
export async function keyContext(db: Db, org: Org, role: string, assume?: Org): Promise<RequestContext> {
  const { key } = await insertApiKey(db, { orgId: org.id, name: `${role} key`, role });
  return contextFromApiKey(db, { apiKey: key, assumeOrg: assume?.id }, randomUUID());
}

export async function ensureCatalog(db: Db): Promise<void> {
  await db.insert(voices).values(CATALOG_VOICES).onConflictDoNothing();
  await db.insert(soundTemplates).values(CATALOG_SOUND_TEMPLATES).onConflictDoNothing();
}

/**
 * Creates a super org with two active children and a suspended one, plus an unrelated root super org
 * with a child of its own: enough to test every cross-tenant case.
 */
export async function createTree(db: Db, label: string) {
  const root = await insertOrg(db, { name: `${label} root`, canHaveChildren: true });
  const childA = await insertOrg(db, { name: `${label} A`, parent: root });
  const childB = await insertOrg(db, { name: `${label} B`, parent: root });
  const suspended = await insertOrg(db, { name: `${label} suspended`, parent: root, status: "suspended" });
  const otherRoot = await insertOrg(db, { name: `${label} other root`, canHaveChildren: true });
  const otherChild = await insertOrg(db, { name: `${label} other child`, parent: otherRoot });
  return { root, childA, childB, suspended, otherRoot, otherChild };
}
