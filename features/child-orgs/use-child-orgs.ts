"use client";

import { useQuery } from "@tanstack/react-query";
import type { ChildOrgRow } from "./child-org-row";
import { childOrgKeys } from "./query-keys";

/** Fetches the acting org's child orgs through the REST API with the console's session cookie. */
export async function fetchChildOrgs(actingOrgId: string): Promise<ChildOrgRow[]> {
  const response = await fetch("/api/v1/org/child_orgs", {
    headers: { "x-assume-org": actingOrgId, accept: "application/json" },
    credentials: "same-origin",
    cache: "no-store",
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `The server returned HTTP ${response.status}.`);
  }
  return (await response.json()) as ChildOrgRow[];
}

export function useChildOrgs(actingOrgId: string) {
  return useQuery({
    queryKey: childOrgKeys.list(actingOrgId),
    queryFn: () => fetchChildOrgs(actingOrgId),
  });
}
