import { randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import {
  entitlements,
  memberships,
  orgs,
  soundTemplates,
  usageEvents,
  users,
  voices,
  webhookSettings,
} from "@/db/schema";
import { insertApiKey } from "@/lib/api-keys/create";
import { hashPassword } from "@/lib/auth/password";
import { ACTIVITIES, type Activity } from "@/lib/catalog/activities";
import type { Db } from "@/lib/db/client";
import { ensureUsagePartitions } from "@/lib/usage/partitions";
import { rebuildUsageRollups } from "@/lib/usage/rollups";
import { CATALOG_SOUND_TEMPLATES, CATALOG_VOICES } from "./catalog";

export const DEMO_OWNER_EMAIL = "owner@acme.example";

interface DemoChild {
  name: string;
  domain: string;
  status: "active" | "suspended";
  /** Relative weight of each activity in this child's traffic. */
  mix: Partial<Record<Activity, number>>;
  volume: number;
}

const CHILDREN: DemoChild[] = [
  { name: "Northwind Audiobooks", domain: "northwind.example", status: "active", volume: 40, mix: { speech: 6, script: 3, mastering: 2, voice: 1 } },
  { name: "Globex Learning", domain: "globex.example", status: "active", volume: 25, mix: { script: 5, speech: 4, syncTts: 2, sound: 1, voice: 1 } },
  { name: "Initech Podcasts", domain: "initech.example", status: "active", volume: 18, mix: { mastering: 5, sound: 3, speech: 2, media: 1 } },
  { name: "Umbrella Ads", domain: "umbrella.example", status: "suspended", volume: 10, mix: { speech: 3, sound: 3, mastering: 1 } },
];

// Credits one call of each activity costs in the demo data, in millionths of a credit.
const MICRO_CREDITS_PER_CALL: Record<Activity, number> = {
  script: 100_000, speech: 1_250_000, syncTts: 1_500_000, voice: 250_000, sound: 800_000,
  mastering: 2_000_000, media: 500_000, lexi: 50_000, connector: 100_000, webhooks: 10_000,
  voiceIntelligence: 3_000_000,
};

/** A small seeded PRNG (mulberry32), so that the demo usage is the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface DemoSeedResult {
  seeded: boolean;
  apiKey?: string;
  superOrgId?: string;
}

/**
 * Seeds the demo tenant tree on an empty database; does nothing when any org exists. Usage covers
 * the current month and the five before it, up to `now`.
 */
export async function seedDemo(
  db: Db,
  options: { password: string; apiKey?: string; now?: Date },
): Promise<DemoSeedResult> {
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(orgs);
  if (count > 0) return { seeded: false };
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(options.password);

  return db.transaction(async (tx) => {
    await tx.insert(voices).values(CATALOG_VOICES).onConflictDoNothing();
    await tx.insert(soundTemplates).values(CATALOG_SOUND_TEMPLATES).onConflictDoNothing();

    const superOrgId = randomUUID();
    await tx.insert(orgs).values({
      id: superOrgId, name: "Acme Voice Platform", rootId: superOrgId, canHaveChildren: true,
      createdAt: monthsAgo(now, 7),
    });
    const people = DEMO_PEOPLE.values();
    await addUsers(tx, superOrgId, "acme.example", ["owner", "admin", "developer", "billing", "viewer"], passwordHash, people);
    await tx.insert(webhookSettings).values({
      orgId: superOrgId, url: "https://hooks.acme.example/audio", secret: `whsec_${randomBytes(24).toString("base64url")}`,
    });
    const { key } = await insertApiKey(tx, { orgId: superOrgId, name: "Demo key", role: "admin", plaintext: options.apiKey });

    for (const [index, child] of CHILDREN.entries()) {
      const childId = randomUUID();
      await tx.insert(orgs).values({
        id: childId, name: child.name, parentId: superOrgId, rootId: superOrgId, ancestorIds: [superOrgId],
        status: child.status, createdAt: monthsAgo(now, 6 - index * 0.5),
      });
      await tx.insert(entitlements).values(demoEntitlements(childId, index));
      await addUsers(tx, childId, child.domain, ["admin", "developer", "viewer"], passwordHash, people);
      await insertUsage(tx, childId, child, 1000 + index, now);
    }
    await rebuildUsageRollups(tx);
    return { seeded: true, apiKey: key, superOrgId };
  });
}

const DEMO_PEOPLE = [
  "Maya Okafor", "Lukas Brandt", "Priya Raman", "Tomás Herrera", "Aiko Tanaka", "Noah Williams",
  "Sofia Rossi", "Daniel Kim", "Amara Nwosu", "Elena Petrova", "Jonas Berg", "Chloé Martin",
  "Ravi Patel", "Hannah Fischer", "Mateo García", "Zainab Haddad", "Oliver Smith",
];

async function addUsers(
  tx: Db,
  orgId: string,
  domain: string,
  roles: string[],
  passwordHash: string,
  people: Iterator<string>,
) {
  for (const role of roles) {
    const userId = randomUUID();
    const name = people.next().value ?? `${role} at ${domain}`;
    await tx.insert(users).values({ id: userId, email: `${role}@${domain}`, name, passwordHash });
    await tx.insert(memberships).values({ userId, orgId, role });
  }
}

function demoEntitlements(orgId: string, index: number): typeof entitlements.$inferInsert {
  if (index === 1) {
    // Globex may use English voices from one provider and no Voice Intelligence, so its demo
    // usage (CHILDREN) has none either.
    const ids = CATALOG_VOICES.filter((voice) => voice.provider === "azure" && voice.language === "English").map((voice) => voice.id);
    return { orgId, voicesMode: "allow", voiceIds: ids, voiceIntelligence: false };
  }
  if (index === 2) {
    return { orgId, activities: ACTIVITIES.filter((activity) => activity !== "voiceIntelligence") };
  }
  return { orgId };
}

async function insertUsage(tx: Db, orgId: string, child: DemoChild, seed: number, now: Date) {
  const next = random(seed);
  const weighted = Object.entries(child.mix).flatMap(([activity, weight]) => Array<Activity>(weight).fill(activity as Activity));
  const start = monthsAgo(now, 5);
  const rows: (typeof usageEvents.$inferInsert)[] = [];
  for (let day = new Date(start); day < now; day = new Date(day.getTime() + 86_400_000)) {
    const calls = Math.round(child.volume * (0.4 + next()));
    for (let call = 0; call < calls; call++) {
      const activity = weighted[Math.floor(next() * weighted.length)] ?? "speech";
      const occurredAt = new Date(day.getTime() + Math.floor(next() * 86_400_000));
      if (occurredAt >= now) continue;
      const quantity = 1 + Math.floor(next() * 3);
      const micro = MICRO_CREDITS_PER_CALL[activity] * quantity;
      rows.push({
        orgId, idempotencyKey: `demo-${seed}-${rows.length}`, activity, quantity, occurredAt,
        credits: `${Math.floor(micro / 1_000_000)}.${String(micro % 1_000_000).padStart(6, "0")}`,
      });
    }
  }
  await ensureUsagePartitions(tx, rows.map((row) => row.occurredAt));
  for (let offset = 0; offset < rows.length; offset += 500) {
    await tx.insert(usageEvents).values(rows.slice(offset, offset + 500));
  }
  // Every event owns its idempotency key, as ingestion would have stored it.
  await tx.execute(sql`
    insert into usage_idempotency_keys (org_id, idempotency_key, event_id, occurred_at)
    select org_id, idempotency_key, id, occurred_at from usage_events where org_id = ${orgId}`);
}

function monthsAgo(now: Date, months: number): Date {
  const whole = Math.floor(months);
  const base = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - whole, 1));
  return new Date(base.getTime() + (months - whole) * 30 * 86_400_000);
}
