import fs from "node:fs";
import path from "node:path";
import * as schema from "@/db/schema";
import type { Database, Db } from "./types";

/**
 * Opens PostgreSQL through `pg` when `url` is given, otherwise PGlite in `dataDir`
 * (in memory when `dataDir` is undefined too).
 */
export async function openDatabase(options: { url?: string; dataDir?: string }): Promise<Database> {
  if (options.url) {
    return openPostgres(options.url);
  }
  return openPglite(options.dataDir);
}

async function openPostgres(url: string): Promise<Database> {
  const { Pool } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const db = drizzle(pool, { schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => pool.end() };
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let releaseLock = () => {};
  if (dataDir) {
    // PGlite neither creates parent folders nor locks its directory.
    fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
    releaseLock = acquireDirectoryLock(dataDir);
  }
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

/**
 * Writes `<dataDir>.lock` holding our pid. Two PGlite instances on one directory lose rows, so a
 * lock held by another live process is an error.
 */
function acquireDirectoryLock(dataDir: string): () => void {
  const lockPath = `${path.resolve(dataDir)}.lock`;
  try {
    const holder = Number(fs.readFileSync(lockPath, "utf8").trim());
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The database directory ${dataDir} is in use by process ${holder}. Stop that process, or set PGLITE_DIR to another directory.`,
      );
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  fs.writeFileSync(lockPath, String(process.pid));
  return () => fs.rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
