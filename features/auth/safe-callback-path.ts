/**
 * Returns the same-origin path to open after signing in, or "/" for anything else. next-auth
 * passes `callbackUrl` as an absolute URL; accepting other origins would make the sign-in page an
 * open redirect. The auth pages themselves map to "/" so that signing in never loops.
 */
export function safeCallbackPath(raw: string | null | undefined, origin: string): string {
  if (!raw) return "/";
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  if (url.pathname === "/signin" || url.pathname === "/signup") return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
