import { randomBytes } from "node:crypto";
import { DEMO_OWNER_EMAIL, seedDemo } from "@/db/seed/demo";
import type { Db } from "@/lib/db/client";
import { MIN_API_KEY_LENGTH } from "@/lib/api-keys/tokens";

/** Seeds the demo data on an empty database and prints how to sign in. */
export async function startDemo(db: Db, port: number): Promise<void> {
  const generatedPassword = !process.env.DEMO_PASSWORD;
  const password = process.env.DEMO_PASSWORD || randomBytes(9).toString("base64url");
  const apiKey = process.env.DEMO_API_KEY || undefined;
  if (apiKey !== undefined && apiKey.length < MIN_API_KEY_LENGTH) {
    throw new Error(`DEMO_API_KEY must be at least ${MIN_API_KEY_LENGTH} characters long.`);
  }

  const result = await seedDemo(db, { password, apiKey });
  const lines = [``, `  Super org portal demo: http://localhost:${port}`];
  if (result.seeded) {
    lines.push(`  Sign in as ${DEMO_OWNER_EMAIL} with password ${generatedPassword ? password : "from DEMO_PASSWORD"}`);
    lines.push(`  Other demo users (same password): admin@acme.example, viewer@acme.example, admin@northwind.example`);
    if (!apiKey) lines.push(`  Super org API key (shown once): ${result.apiKey}`);
  } else {
    lines.push(`  Existing data kept; sign in as ${DEMO_OWNER_EMAIL} with the password set when it was first seeded.`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
}
