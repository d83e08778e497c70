import { z } from "zod";
import { RoleName } from "@/lib/roles/schemas";

/** Input of "invite member"; shared by the console form and its server action. */
export const InviteMemberInput = z.object({
  email: z
    .email({ message: "email must be a valid email address" })
    .max(254, { message: "email must be at most 254 characters" })
    .transform((value) => value.toLowerCase()),
  role: RoleName,
});
export type InviteMemberInput = z.input<typeof InviteMemberInput>;

export const ChangeRoleInput = z.object({ role: RoleName });

/** Input of "accept invitation" for a person without an account. */
export const NewAccountInput = z.object({
  name: z.string({ message: "name is required" }).trim().min(1, { message: "name is required" }).max(100, { message: "name must be at most 100 characters" }),
  password: z
    .string({ message: "password is required" })
    .min(12, { message: "password must be at least 12 characters" })
    .max(200, { message: "password must be at most 200 characters" }),
});
