import fs from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { getRequestListener } from "@hono/node-server";
import next from "next";
import { createApiApp } from "@/lib/api/app";
import { closeDatabase, getDatabase, pgliteDir } from "@/lib/db/client";
import { logger } from "@/lib/log";
import { startDemo } from "@/scripts/demo-start";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

/**
 * next-auth needs a secret and its own URL. For the embedded database the secret is generated
 * once and kept beside the data, so sessions survive restarts.
 */
function configureAuth(): void {
  if (!process.env.NEXTAUTH_SECRET) {
    if (process.env.DATABASE_URL && !dev && !process.env.DEMO) {
      throw new Error("NEXTAUTH_SECRET is required when DATABASE_URL is set. Set it to a random string of 32 or more characters.");
    }
    const secretPath = path.join(path.dirname(pgliteDir()), "nextauth-secret");
    if (!fs.existsSync(secretPath)) {
      fs.mkdirSync(path.dirname(secretPath), { recursive: true });
      fs.writeFileSync(secretPath, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    process.env.NEXTAUTH_SECRET = fs.readFileSync(secretPath, "utf8").trim();
  }
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
}

async function main(): Promise<void> {
  configureAuth();
  const database = await getDatabase();
  logger.info({ database: database.kind }, "database ready");
  if (process.env.DEMO) await startDemo(database.db, port);

  const nextApp = next({ dev, dir: process.cwd(), port, hostname: host });
  await nextApp.prepare();
  const handleNext = nextApp.getRequestHandler();
  const handleApi = getRequestListener(createApiApp().fetch);

  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (url === "/api/v1" || url.startsWith("/api/v1/") || url.startsWith("/api/v1?")) {
      void handleApi(request, response);
      return;
    }
    void handleNext(request, response);
  });
  server.listen(port, host, () => logger.info({ url: `http://localhost:${port}` }, "server listening"));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "server stopping");
    server.close(() => {
      void closeDatabase().then(() => process.exit(0));
    });
    server.closeAllConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, "server failed to start");
  process.exit(1);
});
