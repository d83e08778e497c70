import type { z } from "zod";
import { Invalid } from "./errors";

/** Parses `input` with `schema`, or throws Invalid naming the first bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join(".") || undefined;
  const message = issue ? issue.message : "invalid input";
  throw new Invalid(field && !message.startsWith(field) ? `${field}: ${message}` : message, field);
}
