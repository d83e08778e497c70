import { closeDatabase, getDatabase } from "@/lib/db/client";
import { logger } from "@/lib/log";

// Refuses to run while a server holds the PGlite directory, because the lock file says so.
const database = await getDatabase();
logger.info({ database: database.kind }, "migrations applied");
await closeDatabase();
