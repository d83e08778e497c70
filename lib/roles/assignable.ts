import { eq } from "drizzle-orm";
import { roleRestrictions } from "@/db/schema";
import { effectivePermissions } from "@/lib/access/effective-permissions";
import { assertNotAboveCaller } from "@/lib/access/rank";
import type { RequestContext } from "@/lib/context";
import type { Db } from "@/lib/db/client";
import { Invalid } from "@/lib/errors";
import { availableRoles } from "./available";

/**
 * Checks that the caller may hand out `role` in the acting org: the role exists there, the
 * parent allows it there, and it grants nothing the caller lacks (no escalation through invites,
 * role changes or API keys). Throws Invalid (400) or Forbidden (403) naming the role.
 */
export async function assertAssignableRole(db: Db, context: RequestContext, role: string, field = "role"): Promise<void> {
  const org = context.actingOrg;
  const roles = await availableRoles(db, org);
  if (!roles.some((candidate) => candidate.name === role)) {
    throw new Invalid(
      `${field}: unknown role "${role.slice(0, 40)}". Roles in ${org.name}: ${roles.map((candidate) => candidate.name).join(", ")}.`,
      field,
      "unknown_role",
    );
  }
  const [restriction] = await db.select().from(roleRestrictions).where(eq(roleRestrictions.orgId, org.id)).limit(1);
  if (restriction?.allowedRoles && !restriction.allowedRoles.includes(role)) {
    throw new Invalid(
      `${field}: the role "${role}" is not allowed in ${org.name} (${org.id}). Allowed roles: ${restriction.allowedRoles.join(", ") || "none"}.`,
      field,
      "role_not_allowed",
    );
  }
  const { permissions } = await effectivePermissions(db, org, role);
  assertNotAboveCaller(context, permissions, `assign the role "${role}"`);
}
