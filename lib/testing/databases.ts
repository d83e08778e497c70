import { randomUUID } from "node:crypto";
import { runMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open";
import type { Database } from "@/lib/db/types";

export interface TestDatabase {
  name: "pglite" | "postgres";
  open: () => Promise<Database>;
}

/**
 * Lists the databases every rule test runs against: an in-memory PGlite always, and the PostgreSQL
 * server in TEST_DATABASE_URL when it is set. Tests create their own uniquely named tenants, so
 * they share one PostgreSQL database without cleaning up.
 */
export function testDatabases(): TestDatabase[] {
  const databases: TestDatabase[] = [
    {
      name: "pglite",
      open: async () => {
        const database = await openDatabase({});
        await runMigrations(database);
        return database;
      },
    },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    databases.push({
      name: "postgres",
      open: async () => {
        const database = await openDatabase({ url });
        await runMigrations(database);
        return database;
      },
    });
  }
  return databases;
}

export function uniqueName(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}
