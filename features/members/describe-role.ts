/** The permission sets a role is described against. */
export interface RoleBaselines {
  /** Every permission that exists. */
  all: readonly string[];
  /** The read-only permissions every built-in role has (the viewer role). */
  readOnly: readonly string[];
}

// A role missing at most this many permissions reads best as "every permission except …".
const MAX_LISTED_EXCEPTIONS = 2;

/**
 * Summarizes a role's permissions in one sentence for the role legend, for example
 * "Read access, plus billing.manage." API permissions (`use.<activity>`) are counted, not listed.
 */
export function describeRole(permissions: readonly string[], baselines: RoleBaselines): string {
  const granted = new Set(permissions);
  const missing = baselines.all.filter((permission) => !granted.has(permission));
  if (missing.length === 0) return `Every permission (${baselines.all.length}).`;
  if (missing.length <= MAX_LISTED_EXCEPTIONS) return `Every permission except ${joinWords(missing)}.`;

  const hasReadAccess = baselines.readOnly.every((permission) => granted.has(permission));
  const readOnly = new Set(baselines.readOnly);
  const extras = permissions.filter((permission) => !readOnly.has(permission) && !permission.startsWith("use."));
  const apiCount = permissions.filter((permission) => permission.startsWith("use.")).length;
  const apiTotal = baselines.all.filter((permission) => permission.startsWith("use.")).length;
  if (apiCount > 0) extras.push(apiCount === apiTotal ? `calling all ${apiTotal} APIs` : `calling ${apiCount} of ${apiTotal} APIs`);

  if (!hasReadAccess) return extras.length > 0 ? `Only ${joinWords(extras)}.` : "No permissions.";
  return extras.length > 0 ? `Read access, plus ${joinWords(extras)}.` : "Read access only.";
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
