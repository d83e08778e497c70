import type { Permission } from "@/lib/access/permissions";

export interface Org {
  id: string;
  name: string;
  parentId: string | null;
  rootId: string;
  /** Ancestors from the root down; empty for a root org. */
  ancestorIds: string[];
  canHaveChildren: boolean;
  status: "active" | "suspended";
  createdAt: Date;
}

export type Actor =
  | { kind: "user"; userId: string; email: string }
  | { kind: "apiKey"; apiKeyId: string };

/**
 * Who is asking and which org they act as, resolved once per request by `lib/auth` and passed to
 * every rule in `lib/`. The acting org is the home org or one of its descendants.
 */
export interface RequestContext {
  actor: Actor;
  homeOrg: Org;
  actingOrg: Org;
  role: string;
  permissions: ReadonlySet<Permission>;
  requestId: string;
}

export function actorId(actor: Actor): string {
  return actor.kind === "user" ? actor.userId : actor.apiKeyId;
}

export function isAssuming(context: RequestContext): boolean {
  return context.actingOrg.id !== context.homeOrg.id;
}
