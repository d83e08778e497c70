CREATE TABLE "credit_alerts" (
	"org_id" text NOT NULL,
	"period" date NOT NULL,
	"threshold" integer NOT NULL,
	"used_credits" numeric(20, 6) NOT NULL,
	"monthly_credits" numeric(18, 6) NOT NULL,
	"fired_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_alerts_org_id_period_threshold_pk" PRIMARY KEY("org_id","period","threshold")
);
--> statement-breakpoint
CREATE TABLE "credit_limits" (
	"org_id" text PRIMARY KEY NOT NULL,
	"monthly_credits" numeric(18, 6),
	"at_limit" text DEFAULT 'block' NOT NULL,
	"alert_thresholds" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_idempotency_keys" (
	"org_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"body_hash" text,
	"event_id" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"overage" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_idempotency_keys_org_id_idempotency_key_pk" PRIMARY KEY("org_id","idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "usage_subtree_hours" (
	"org_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"activity" text NOT NULL,
	"calls" bigint NOT NULL,
	"credits" numeric(20, 6) NOT NULL,
	CONSTRAINT "usage_subtree_hours_org_id_starts_at_activity_pk" PRIMARY KEY("org_id","starts_at","activity")
);
--> statement-breakpoint
CREATE TABLE "usage_subtree_monthly" (
	"org_id" text NOT NULL,
	"month" date NOT NULL,
	"activity" text NOT NULL,
	"calls" bigint NOT NULL,
	"credits" numeric(20, 6) NOT NULL,
	CONSTRAINT "usage_subtree_monthly_org_id_month_activity_pk" PRIMARY KEY("org_id","month","activity")
);
--> statement-breakpoint
CREATE TABLE "usage_subtree_quarter_hours" (
	"org_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"activity" text NOT NULL,
	"calls" bigint NOT NULL,
	"credits" numeric(20, 6) NOT NULL,
	CONSTRAINT "usage_subtree_quarter_hours_org_id_starts_at_activity_pk" PRIMARY KEY("org_id","starts_at","activity")
);
--> statement-breakpoint
ALTER TABLE "credit_alerts" ADD CONSTRAINT "credit_alerts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_limits" ADD CONSTRAINT "credit_limits_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_subtree_hours" ADD CONSTRAINT "usage_subtree_hours_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_subtree_monthly" ADD CONSTRAINT "usage_subtree_monthly_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_subtree_quarter_hours" ADD CONSTRAINT "usage_subtree_quarter_hours_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;