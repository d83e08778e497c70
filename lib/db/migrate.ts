import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database } from "./types";

const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

// Any fixed number works; it only has to be the same in every process.
const MIGRATION_LOCK_ID = 7_402_113;

/** Applies pending drizzle-kit migrations. On PostgreSQL an advisory lock serializes servers. */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(database.db as never, { migrationsFolder });
    return;
  }
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`);
    await migrate(tx as never, { migrationsFolder });
  });
}
