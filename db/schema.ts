import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * Tenants. `ancestorIds` lists every ancestor from the root down (empty for a root), so
 * "is X a descendant of Y" is one array lookup and a subtree is one indexed query.
 */
export const orgs = pgTable(
  "orgs",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    parentId: text("parent_id"),
    rootId: text("root_id").notNull(),
    ancestorIds: text("ancestor_ids").array().notNull().default(sql`'{}'::text[]`),
    canHaveChildren: boolean("can_have_children").notNull().default(false),
    status: text("status", { enum: ["active", "suspended"] }).notNull().default("active"),
    createdAt: createdAt(),
  },
  (t) => [
    index("orgs_parent_idx").on(t.parentId),
    index("orgs_ancestors_idx").using("gin", t.ancestorIds),
    // Child org names are unique among siblings, compared without case.
    uniqueIndex("orgs_sibling_name_idx")
      .on(t.parentId, sql`lower(${t.name})`)
      .where(sql`${t.parentId} is not null`),
  ],
);

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("users_email_idx").on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.orgId] }), index("memberships_org_idx").on(t.orgId)],
);

/** API keys are stored as a SHA-256 hash; `prefix` and `lastFour` exist only to show a masked key. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role").notNull().default("admin"),
    keyHash: text("key_hash").notNull(),
    prefix: text("prefix").notNull(),
    lastFour: text("last_four").notNull(),
    createdByUserId: text("created_by_user_id"),
    createdByApiKeyId: text("created_by_api_key_id"),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("api_keys_hash_idx").on(t.keyHash), index("api_keys_org_idx").on(t.orgId)],
);

export const webhookSettings = pgTable("webhook_settings", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => orgs.id, { onDelete: "cascade" }),
  url: text("url"),
  secret: text("secret").notNull(),
});

export const voices = pgTable("voices", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  language: text("language").notNull(),
  accent: text("accent").notNull(),
  gender: text("gender").notNull(),
  ageBracket: text("age_bracket").notNull(),
  provider: text("provider").notNull(),
  tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
  industryExamples: text("industry_examples").array().notNull().default(sql`'{}'::text[]`),
  timePerformance: text("time_performance").notNull(),
});

export const soundTemplates = pgTable("sound_templates", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  genre: text("genre").notNull(),
  mood: text("mood").notNull(),
  tempo: text("tempo").notNull(),
  tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
  industryExamples: text("industry_examples").array().notNull().default(sql`'{}'::text[]`),
  contents: text("contents").array().notNull().default(sql`'{}'::text[]`),
});

/**
 * A named set of entitlements that a super org keeps for its descendants. Linked orgs copy its
 * values, and editing the preset rewrites every linked org's row in the same transaction.
 */
export const entitlementPresets = pgTable(
  "entitlement_presets",
  {
    id: text("id").primaryKey(),
    ownerOrgId: text("owner_org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    voicesMode: text("voices_mode", { enum: ["all", "allow", "deny"] }).notNull().default("all"),
    voiceIds: text("voice_ids").array().notNull().default(sql`'{}'::text[]`),
    soundTemplatesMode: text("sound_templates_mode", { enum: ["all", "allow", "deny"] })
      .notNull()
      .default("all"),
    soundTemplateIds: text("sound_template_ids").array().notNull().default(sql`'{}'::text[]`),
    voiceIntelligence: boolean("voice_intelligence").notNull().default(true),
    activities: text("activities").array().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("entitlement_presets_owner_name_idx").on(t.ownerOrgId, sql`lower(${t.name})`)],
);

/**
 * What one org may use, as set by its parent. An org without a row may use everything its
 * ancestors allow. `activities` null means every activity. While `presetId` is set, the row is a
 * copy of that preset's values.
 */
export const entitlements = pgTable("entitlements", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => orgs.id, { onDelete: "cascade" }),
  presetId: text("preset_id").references(() => entitlementPresets.id, { onDelete: "set null" }),
  voicesMode: text("voices_mode", { enum: ["all", "allow", "deny"] }).notNull().default("all"),
  voiceIds: text("voice_ids").array().notNull().default(sql`'{}'::text[]`),
  soundTemplatesMode: text("sound_templates_mode", { enum: ["all", "allow", "deny"] })
    .notNull()
    .default("all"),
  soundTemplateIds: text("sound_template_ids").array().notNull().default(sql`'{}'::text[]`),
  voiceIntelligence: boolean("voice_intelligence").notNull().default(true),
  activities: text("activities").array(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [index("entitlements_preset_idx").on(t.presetId)]);

/**
 * A counter per root org, incremented in the same transaction as every change that cached
 * decisions or cached request contexts depend on (entitlements, presets, org status, API keys).
 * Processes that share one database compare it to detect changes made by another process.
 */
export const treeVersions = pgTable("tree_versions", {
  rootId: text("root_id")
    .primaryKey()
    .references(() => orgs.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});

/**
 * One metered call. Credits are exact decimals with six places. In SQL the table is partitioned by
 * month on `occurred_at` (see the custom migration `0002_usage_events_partitioned.sql`), so the
 * primary key includes `occurred_at`. Idempotency keys live in `usage_idempotency_keys`, because a
 * unique index on a partitioned table must include the partition key.
 */
export const usageEvents = pgTable(
  "usage_events",
  {
    id: bigserial("id", { mode: "bigint" }).notNull(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull(),
    activity: text("activity").notNull(),
    credits: numeric("credits", { precision: 18, scale: 6 }).notNull(),
    quantity: integer("quantity").notNull().default(1),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    voiceId: text("voice_id"),
    soundTemplateId: text("sound_template_id"),
    metadata: jsonb("metadata"),
    /** True when the event was accepted past a credit limit whose behaviour is "overage". */
    overage: boolean("overage").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.occurredAt] }),
    index("usage_events_org_time_idx").on(t.orgId, t.occurredAt),
  ],
);

/**
 * One row per recorded usage event, unique per org and idempotency key. `bodyHash` is the SHA-256
 * of the normalized event, so a replay with another body is detected; the other columns are the
 * original result that a replay returns. Rows migrated from before this table have no hash.
 */
export const usageIdempotencyKeys = pgTable(
  "usage_idempotency_keys",
  {
    // No foreign key: rows are only written for the acting org, and the per-row check doubled the
    // cost of this insert (20,000 rows, PostgreSQL 15). NOTE: deleting an org leaves its keys.
    orgId: text("org_id").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    bodyHash: text("body_hash"),
    eventId: bigint("event_id", { mode: "bigint" }).notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    overage: boolean("overage").notNull().default(false),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.idempotencyKey] })],
);

/** Daily sums of each org's own usage events per activity (UTC days); charts read only rollups. */
export const usageDaily = pgTable(
  "usage_daily",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    activity: text("activity").notNull(),
    calls: bigint("calls", { mode: "number" }).notNull(),
    credits: numeric("credits", { precision: 20, scale: 6 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.day, t.activity] })],
);

/**
 * Usage of an org's whole subtree (the org and every descendant) per 15-minute UTC interval and
 * activity. Every IANA zone in use today has an offset that is a multiple of 15 minutes, so local
 * days and months are exact unions of these intervals, and a super org's chart reads only its own
 * rows whatever the number of child orgs.
 */
export const usageSubtreeQuarterHours = pgTable(
  "usage_subtree_quarter_hours",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    activity: text("activity").notNull(),
    calls: bigint("calls", { mode: "number" }).notNull(),
    credits: numeric("credits", { precision: 20, scale: 6 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.startsAt, t.activity] })],
);

/**
 * The same per UTC hour. Reports read it instead of the 15-minute rows whenever every bucket
 * boundary is a whole hour (every zone with a whole-hour offset), which is a quarter of the rows.
 */
export const usageSubtreeHours = pgTable(
  "usage_subtree_hours",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    activity: text("activity").notNull(),
    calls: bigint("calls", { mode: "number" }).notNull(),
    credits: numeric("credits", { precision: 20, scale: 6 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.startsAt, t.activity] })],
);

/** Usage of an org's whole subtree per billing period (UTC month) and activity; limits read it. */
export const usageSubtreeMonthly = pgTable(
  "usage_subtree_monthly",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    /** First day of the UTC month. */
    month: date("month", { mode: "string" }).notNull(),
    activity: text("activity").notNull(),
    calls: bigint("calls", { mode: "number" }).notNull(),
    credits: numeric("credits", { precision: 20, scale: 6 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.month, t.activity] })],
);

/**
 * The monthly credit limit a parent set on a descendant. It bounds the usage of the org and all
 * its descendants in each billing period; `monthlyCredits` null means no limit.
 */
export const creditLimits = pgTable("credit_limits", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => orgs.id, { onDelete: "cascade" }),
  monthlyCredits: numeric("monthly_credits", { precision: 18, scale: 6 }),
  atLimit: text("at_limit", { enum: ["block", "overage"] }).notNull().default("block"),
  /** Percentages of `monthlyCredits`, ascending, each in 1..1000. */
  alertThresholds: integer("alert_thresholds").array().notNull().default(sql`'{}'::integer[]`),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Credit alerts that fired: at most one per org, billing period and threshold. */
export const creditAlerts = pgTable(
  "credit_alerts",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    /** First day of the UTC month. */
    period: date("period", { mode: "string" }).notNull(),
    threshold: integer("threshold").notNull(),
    usedCredits: numeric("used_credits", { precision: 20, scale: 6 }).notNull(),
    monthlyCredits: numeric("monthly_credits", { precision: 18, scale: 6 }).notNull(),
    firedAt: timestamp("fired_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.period, t.threshold] })],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "bigint" }).primaryKey(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actingOrgId: text("acting_org_id").notNull(),
    homeOrgId: text("home_org_id").notNull(),
    actorUserId: text("actor_user_id"),
    actorApiKeyId: text("actor_api_key_id"),
    action: text("action").notNull(),
    targetOrgId: text("target_org_id"),
    targetId: text("target_id"),
    data: jsonb("data"),
  },
  (t) => [index("audit_events_org_idx").on(t.actingOrgId, t.occurredAt)],
);

/**
 * Roles a super org defines for itself and its descendants. Names are unique per defining org
 * (without case) and never equal a built-in role name; `lib/roles/custom-roles.ts` checks both.
 */
export const customRoles = pgTable(
  "custom_roles",
  {
    id: text("id").primaryKey(),
    definingOrgId: text("defining_org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    permissions: text("permissions").array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("custom_roles_name_idx").on(t.definingOrgId, sql`lower(${t.name})`)],
);

/**
 * What roles may be assigned inside one org and the permission ceiling of everyone in it, both set
 * by its parent. Null means unrestricted.
 */
export const roleRestrictions = pgTable("role_restrictions", {
  orgId: text("org_id")
    .primaryKey()
    .references(() => orgs.id, { onDelete: "cascade" }),
  allowedRoles: text("allowed_roles").array(),
  permissionCeiling: text("permission_ceiling").array(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Invitations to join an org; only the SHA-256 hash of the single-use token is stored. */
export const invitations = pgTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedByUserId: text("invited_by_user_id"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("invitations_token_idx").on(t.tokenHash),
    // One pending invitation per email and org; expired ones are deleted before a new one is sent.
    uniqueIndex("invitations_pending_idx")
      .on(t.orgId, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null`),
  ],
);
