/** True when `error` (or its cause, as Drizzle wraps driver errors) is a unique violation. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    const candidate = current as { code?: string; constraint?: string; message?: string };
    if (candidate.code === "23505") {
      if (!constraint) return true;
      return candidate.constraint === constraint || (candidate.message ?? "").includes(constraint);
    }
  }
  return false;
}
