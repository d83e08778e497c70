CREATE TABLE "entitlement_presets" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_org_id" text NOT NULL,
	"name" text NOT NULL,
	"voices_mode" text DEFAULT 'all' NOT NULL,
	"voice_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"sound_templates_mode" text DEFAULT 'all' NOT NULL,
	"sound_template_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"voice_intelligence" boolean DEFAULT true NOT NULL,
	"activities" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tree_versions" (
	"root_id" text PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "entitlements" ADD COLUMN "preset_id" text;--> statement-breakpoint
ALTER TABLE "entitlement_presets" ADD CONSTRAINT "entitlement_presets_owner_org_id_orgs_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tree_versions" ADD CONSTRAINT "tree_versions_root_id_orgs_id_fk" FOREIGN KEY ("root_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "entitlement_presets_owner_name_idx" ON "entitlement_presets" USING btree ("owner_org_id",lower("name"));--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_preset_id_entitlement_presets_id_fk" FOREIGN KEY ("preset_id") REFERENCES "public"."entitlement_presets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entitlements_preset_idx" ON "entitlements" USING btree ("preset_id");