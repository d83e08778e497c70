import { actorId, type Org, type RequestContext } from "@/lib/context";
import { Forbidden, NotFound } from "@/lib/errors";
import { logger } from "@/lib/log";
import type { Permission } from "./permissions";

/** True when `org` is the acting org or one of its descendants. */
export function isWithinActingOrg(context: RequestContext, org: Org): boolean {
  return org.id === context.actingOrg.id || org.ancestorIds.includes(context.actingOrg.id);
}

/**
 * The one authorization check. Throws Forbidden when the caller lacks `permission`, and NotFound
 * when `targetOrg` is outside the acting org's subtree, so that other tenants stay invisible.
 */
export function authorize(context: RequestContext, permission: Permission, targetOrg?: Org): void {
  if (targetOrg && !isWithinActingOrg(context, targetOrg)) {
    logger.warn(
      {
        actorId: actorId(context.actor),
        actingOrgId: context.actingOrg.id,
        targetOrgId: targetOrg.id,
        permission,
        requestId: context.requestId,
      },
      "access denied: target org outside the acting org",
    );
    throw new NotFound(`Organization ${targetOrg.id} not found.`);
  }
  if (!context.permissions.has(permission)) {
    logger.warn(
      {
        actorId: actorId(context.actor),
        actingOrgId: context.actingOrg.id,
        permission,
        requestId: context.requestId,
      },
      "access denied: missing permission",
    );
    throw new Forbidden(`Missing permission ${permission} in organization ${context.actingOrg.id}.`);
  }
}
