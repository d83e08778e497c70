import { z } from "zod";
import { RoleName } from "@/lib/roles/schemas";

/** Input of "create API key"; shared by the console form, its server action and the API. */
export const CreateApiKeyInput = z.object({
  name: z
    .string({ message: "name is required" })
    .trim()
    .min(1, { message: "name is required" })
    .max(80, { message: "name must be at most 80 characters" }),
  role: RoleName.default("admin"),
});
export type CreateApiKeyInput = z.input<typeof CreateApiKeyInput>;
