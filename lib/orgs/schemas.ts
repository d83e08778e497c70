import { z } from "zod";
import { displayName } from "@/lib/display-name";

/** Input of "create child org", shared by the console form, its server action and the API. */
export const CreateChildOrgInput = z.object({
  orgName: displayName("orgName", 80),
  /** Whether the new org may have child orgs of its own; its entitlements still narrow theirs. */
  isSuperOrg: z.boolean({ message: "isSuperOrg must be true or false" }).default(false),
});
export type CreateChildOrgInput = z.infer<typeof CreateChildOrgInput>;

export const OrgStatusInput = z.object({
  status: z.enum(["active", "suspended"], { message: 'status must be "active" or "suspended"' }),
});
export type OrgStatusInput = z.infer<typeof OrgStatusInput>;
