import { z } from "zod";

/** Input of "create child org", shared by the console form, its server action and the API. */
export const CreateChildOrgInput = z.object({
  orgName: z
    .string({ message: "orgName is required" })
    .trim()
    .min(1, { message: "orgName is required" })
    .max(80, { message: "orgName must be at most 80 characters" }),
});
export type CreateChildOrgInput = z.infer<typeof CreateChildOrgInput>;

export const OrgStatusInput = z.object({
  status: z.enum(["active", "suspended"], { message: 'status must be "active" or "suspended"' }),
});
export type OrgStatusInput = z.infer<typeof OrgStatusInput>;
