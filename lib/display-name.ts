import { z } from "zod";

// Control characters (NUL included: PostgreSQL text cannot store it) and bidirectional overrides,
// which can make a name render as something else.
const FORBIDDEN_CHARACTERS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
// Half of a UTF-16 surrogate pair: not valid Unicode, and PostgreSQL cannot store it as text.
const LONE_SURROGATE = /\p{Cs}/u;
// Format characters such as zero-width spaces render as nothing on their own.
const INVISIBLE_CHARACTERS = /[\p{Cf}\s]/gu;

/** Returns a copy of the string schema `text` that rejects characters PostgreSQL or readers would mishandle. */
function storable(text: z.ZodString, field: string) {
  return text
    .refine((value) => !FORBIDDEN_CHARACTERS.test(value), {
      message: `${field} must not contain control characters or text-direction overrides`,
    })
    .refine((value) => !LONE_SURROGATE.test(value), { message: `${field} must be valid Unicode text (it contains half of a surrogate pair)` });
}

/** Returns the schema of a human-readable name: trimmed, 1 to `max` characters, nothing invisible or control. */
export function displayName(field: string, max: number) {
  const text = z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be a string`) })
    .trim()
    .min(1, { message: `${field} is required` })
    .max(max, { message: `${field} must be at most ${max} characters` });
  return storable(text, field).refine((value) => value.replace(INVISIBLE_CHARACTERS, "").length > 0, {
    message: `${field} must contain at least one visible character`,
  });
}

/** Returns the schema of free text such as a description: trimmed, at most `max` characters, may be empty. */
export function plainText(field: string, max: number) {
  const text = z.string({ message: `${field} must be a string` }).trim().max(max, { message: `${field} must be at most ${max} characters` });
  return storable(text, field);
}
