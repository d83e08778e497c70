/** Query keys of child orgs, scoped by the acting org so that two orgs never share a cache entry. */
export const childOrgKeys = {
  all: (actingOrgId: string) => ["orgs", actingOrgId, "childOrgs"] as const,
  list: (actingOrgId: string) => [...childOrgKeys.all(actingOrgId), "list"] as const,
};
