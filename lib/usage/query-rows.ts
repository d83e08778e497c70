import type { SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

/**
 * Runs raw SQL and returns its rows; both drivers return `{ rows }`. Select bigint and timestamp
 * columns as text: pg and PGlite parse them differently.
 */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
