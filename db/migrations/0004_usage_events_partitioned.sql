-- Custom migration: drizzle-kit cannot generate partitioned tables, so db/schema.ts keeps the plain
-- definition of usage_events for queries and this file rebuilds the table partitioned by UTC month
-- on occurred_at. Rows of the old table move over; their idempotency keys move to
-- usage_idempotency_keys without a body hash, so a replay of a migrated key is a duplicate
-- whatever its body.
DROP INDEX IF EXISTS "usage_events_idempotency_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "usage_events_org_time_idx";--> statement-breakpoint
ALTER TABLE "usage_events" DROP CONSTRAINT IF EXISTS "usage_events_org_id_orgs_id_fk";--> statement-breakpoint
ALTER TABLE "usage_events" RENAME CONSTRAINT "usage_events_pkey" TO "usage_events_unpartitioned_pkey";--> statement-breakpoint
ALTER TABLE "usage_events" RENAME TO "usage_events_unpartitioned";--> statement-breakpoint
CREATE TABLE "usage_events" (
	"id" bigint DEFAULT nextval('usage_events_id_seq'::regclass) NOT NULL,
	"org_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"activity" text NOT NULL,
	"credits" numeric(18, 6) NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"voice_id" text,
	"sound_template_id" text,
	"metadata" jsonb,
	"overage" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_events_id_occurred_at_pk" PRIMARY KEY("id","occurred_at")
) PARTITION BY RANGE ("occurred_at");--> statement-breakpoint
ALTER SEQUENCE "usage_events_id_seq" OWNED BY "usage_events"."id";--> statement-breakpoint
ALTER TABLE "usage_events" ADD CONSTRAINT "usage_events_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "usage_events_org_time_idx" ON "usage_events" USING btree ("org_id","occurred_at");--> statement-breakpoint
-- Creates the partition of usage_events for the UTC month containing month_start, unless it
-- exists. Ingestion calls it for the months of each batch; the advisory lock and the exception
-- handler make two sessions that race on one month both succeed.
CREATE OR REPLACE FUNCTION "create_usage_events_partition"(month_start date) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  first_day date := date_trunc('month', month_start)::date;
  partition_name text := 'usage_events_' || to_char(first_day, 'YYYY_MM');
BEGIN
  IF to_regclass(partition_name) IS NOT NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(7402114);
  IF to_regclass(partition_name) IS NOT NULL THEN
    RETURN;
  END IF;
  EXECUTE format(
    'CREATE TABLE %I PARTITION OF usage_events FOR VALUES FROM (%L) TO (%L)',
    partition_name,
    first_day::text || ' 00:00:00+00',
    (first_day + interval '1 month')::date::text || ' 00:00:00+00'
  );
EXCEPTION
  WHEN duplicate_table OR unique_violation THEN
    RETURN;
END
$$;--> statement-breakpoint
-- Partitions from 12 months back (or the oldest migrated event) to 3 months ahead.
SELECT "create_usage_events_partition"(month::date)
FROM generate_series(
  date_trunc('month', least(now() - interval '12 months', coalesce((SELECT min("occurred_at") FROM "usage_events_unpartitioned"), now())) AT TIME ZONE 'UTC'),
  date_trunc('month', greatest(now() + interval '3 months', coalesce((SELECT max("occurred_at") FROM "usage_events_unpartitioned"), now())) AT TIME ZONE 'UTC'),
  interval '1 month'
) AS month;--> statement-breakpoint
INSERT INTO "usage_events" ("id", "org_id", "idempotency_key", "activity", "credits", "quantity", "occurred_at", "voice_id", "sound_template_id", "metadata", "created_at")
SELECT "id", "org_id", "idempotency_key", "activity", "credits", "quantity", "occurred_at", "voice_id", "sound_template_id", "metadata", "created_at"
FROM "usage_events_unpartitioned";--> statement-breakpoint
INSERT INTO "usage_idempotency_keys" ("org_id", "idempotency_key", "body_hash", "event_id", "occurred_at", "overage", "recorded_at")
SELECT "org_id", "idempotency_key", NULL, "id", "occurred_at", false, "created_at"
FROM "usage_events_unpartitioned";--> statement-breakpoint
DROP TABLE "usage_events_unpartitioned";--> statement-breakpoint
INSERT INTO "usage_subtree_quarter_hours" ("org_id", "starts_at", "activity", "calls", "credits")
SELECT path.org_id, date_bin('15 minutes', e."occurred_at", timestamptz '2000-01-01 00:00:00+00'), e."activity", count(*), sum(e."credits")
FROM "usage_events" e
JOIN "orgs" o ON o."id" = e."org_id"
CROSS JOIN LATERAL unnest(o."ancestor_ids" || o."id") AS path(org_id)
GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "usage_subtree_hours" ("org_id", "starts_at", "activity", "calls", "credits")
SELECT path.org_id, date_trunc('hour', e."occurred_at" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', e."activity", count(*), sum(e."credits")
FROM "usage_events" e
JOIN "orgs" o ON o."id" = e."org_id"
CROSS JOIN LATERAL unnest(o."ancestor_ids" || o."id") AS path(org_id)
GROUP BY 1, 2, 3;--> statement-breakpoint
INSERT INTO "usage_subtree_monthly" ("org_id", "month", "activity", "calls", "credits")
SELECT path.org_id, date_trunc('month', e."occurred_at" AT TIME ZONE 'UTC')::date, e."activity", count(*), sum(e."credits")
FROM "usage_events" e
JOIN "orgs" o ON o."id" = e."org_id"
CROSS JOIN LATERAL unnest(o."ancestor_ids" || o."id") AS path(org_id)
GROUP BY 1, 2, 3;
