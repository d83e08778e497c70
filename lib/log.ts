import pino from "pino";

// Buffered, because a synchronous write per line cost a system call per API request: decisions
// per second fell from about 13,400 to 8,400 in `npm run bench:decisions`. The buffer is written
// at 4 KiB, every second, and when the process exits.
const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
setInterval(() => destination.flush(), 1000).unref();

const level = process.env.LOG_LEVEL ?? "info";
const base = { service: "portal" };

/** The process logger. Never pass it a key, token or password. */
export const logger = pino(
  { level, base, redact: ["apiKey", "password", "token", "headers['x-api-key']", "headers.cookie"] },
  destination,
);

/**
 * The logger of the one line per API request, whose fields are fixed (request id, method, path,
 * status, acting org, duration) and contain no secret, so it skips the redaction pass that the
 * process logger runs on every line.
 */
export const requestLogger = pino({ level, base }, destination);
