import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";

/** Values that the API middleware sets on every Hono context. */
export interface ApiEnv {
  Variables: {
    requestId: string;
    db: Db;
    context: RequestContext;
  };
}
