import pino from "pino";

// Buffered, because a synchronous write per line cost a system call per API request: decisions
// per second fell from about 13,400 to 8,400 in `npm run bench:decisions`. The buffer is written
// at 4 KiB, every second, and when the process exits.
const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
setInterval(() => destination.flush(), 1000).unref();

/** The process logger. Never pass it a key, token or password. */
export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: "portal" },
    redact: ["apiKey", "password", "token", "headers['x-api-key']", "headers.cookie"],
  },
  destination,
);
