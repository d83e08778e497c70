import pino from "pino";

/** The process logger. Never pass it a key, token or password. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "portal" },
  redact: ["apiKey", "password", "token", "headers['x-api-key']", "headers.cookie"],
});
