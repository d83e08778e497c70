import { z } from "zod";

/** Org ids are UUIDs; anything else in an org id field is malformed (400), never a lookup. */
export const OrgId = z.uuid({ message: "must be an organization id (a UUID)" });

export function isOrgId(value: string): boolean {
  return OrgId.safeParse(value).success;
}

/** Returns the id in the stored form (lowercase), or undefined when it is not a UUID. */
export function parseOrgId(value: string): string | undefined {
  return isOrgId(value) ? value.toLowerCase() : undefined;
}
