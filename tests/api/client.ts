import { inject } from "vitest";

export const fixtures = inject("fixtures");

/** Calls the running server; returns the status and the parsed JSON body (or the text). */
export async function call(
  method: string,
  path: string,
  options: { key?: string; assume?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; text: string }> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers["x-api-key"] = options.key;
  if (options.assume !== undefined) headers["x-assume-org"] = options.assume;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const response = await fetch(`${fixtures.baseUrl}/api/v1${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // keep the text
  }
  return { status: response.status, body: parsed, text };
}
