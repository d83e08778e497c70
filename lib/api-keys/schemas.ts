import { z } from "zod";
import { displayName } from "@/lib/display-name";
import { RoleName } from "@/lib/roles/schemas";

/** Input of "create API key"; shared by the console form, its server action and the API. */
export const CreateApiKeyInput = z.object({
  name: displayName("name", 80),
  role: RoleName.default("admin"),
});
export type CreateApiKeyInput = z.input<typeof CreateApiKeyInput>;
