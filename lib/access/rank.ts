import type { RequestContext } from "@/lib/context";
import { Forbidden } from "@/lib/errors";

/**
 * Rejects acting on a role that grants a permission the caller lacks (403 `role_above_own`), so
 * that nobody can hand out, change or take away more than they hold. `action` completes
 * "You cannot …", for example `assign the role "admin"`.
 */
export function assertNotAboveCaller(context: RequestContext, granted: Iterable<string>, action: string): void {
  const above = [...granted].filter((permission) => !context.permissions.has(permission as never));
  if (above.length === 0) return;
  const listed = `${above.slice(0, 5).join(", ")}${above.length > 5 ? " and more" : ""}`;
  throw new Forbidden(`You cannot ${action}: it grants ${listed}, which you do not have.`, "role_above_own");
}
