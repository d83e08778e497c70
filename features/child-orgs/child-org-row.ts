import type { ChildOrgSummary } from "@/lib/orgs/child-orgs";

/**
 * One row of the child orgs table, in the shape `GET /api/v1/org/child_orgs` returns (that route
 * also returns an entitlement summary, which the table does not show).
 */
export interface ChildOrgRow {
  orgId: string;
  orgName: string;
  parentOrgId: string | null;
  isSuperOrg: boolean;
  status: "active" | "suspended";
  /** ISO 8601, UTC. */
  createdAt: string;
  members: number;
  usage: { period: string; calls: number; credits: string };
}

/** Converts the server-side summary to the API's shape, so prefetched and fetched data match. */
export function toChildOrgRow(summary: ChildOrgSummary): ChildOrgRow {
  return {
    orgId: summary.id,
    orgName: summary.name,
    parentOrgId: summary.parentId,
    isSuperOrg: summary.canHaveChildren,
    status: summary.status,
    createdAt: summary.createdAt.toISOString(),
    members: summary.members,
    usage: summary.usage,
  };
}
