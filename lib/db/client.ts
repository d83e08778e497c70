import path from "node:path";
import { runMigrations } from "./migrate";
import { openDatabase } from "./open";
import type { Database, Db } from "./types";

export type { Db } from "./types";

/**
 * The process-wide database. It lives on `globalThis` because the custom server and each Next
 * bundle load their own copy of this module, and PGlite must be opened exactly once per process.
 */
const holder = globalThis as typeof globalThis & { __portalDatabase?: Promise<Database> };

export function pgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite"));
}

/** Opens (once) and migrates the process database from `DATABASE_URL` or `PGLITE_DIR`. */
export function getDatabase(): Promise<Database> {
  holder.__portalDatabase ??= (async () => {
    const url = process.env.DATABASE_URL || undefined;
    const database = await openDatabase(url ? { url } : { dataDir: pgliteDir() });
    await runMigrations(database);
    return database;
  })();
  return holder.__portalDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const pending = holder.__portalDatabase;
  holder.__portalDatabase = undefined;
  if (pending) await (await pending).close();
}
