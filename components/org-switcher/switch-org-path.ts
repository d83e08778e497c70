/** The org a user switches to, as the path mapping needs it. */
export interface SwitchTarget {
  id: string;
  canHaveChildren: boolean;
}

// Segments after the section that are record ids (UUIDs) belong to the old org, so they are dropped.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Maps the current console path to the same section of another org:
 * `/orgs/<old>/usage` becomes `/orgs/<new>/usage`. Child-org pages go to the new org's child-org
 * list, or to its overview when the new org is not a super org. A path outside `/orgs/<id>` goes
 * to the new org's overview.
 */
export function switchOrgPath(pathname: string, target: SwitchTarget): string {
  const base = `/orgs/${encodeURIComponent(target.id)}`;
  const segments = pathname.split("?")[0]?.split("/").filter(Boolean) ?? [];
  if (segments[0] !== "orgs" || segments.length < 2) return base;

  const rest = segments.slice(2);
  const section = rest[0];
  if (section === undefined) return base;
  if (section === "child-orgs") return target.canHaveChildren ? `${base}/child-orgs` : base;

  const firstId = rest.findIndex((segment) => UUID.test(segment));
  const kept = firstId === -1 ? rest : rest.slice(0, firstId);
  return kept.length === 0 ? base : `${base}/${kept.join("/")}`;
}
