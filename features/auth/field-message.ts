/**
 * Rewrites a validation message that starts with its field's schema name ("orgName is required")
 * to start with the form's label instead ("Organization name is required."). Other messages pass
 * through unchanged.
 */
export function fieldMessage(message: string, field: string, label: string): string {
  const prefixes = [`${field}: ${field} `, `${field}: `, `${field} `];
  const prefix = prefixes.find((candidate) => message.startsWith(candidate));
  if (!prefix) return message;
  const rest = message.slice(prefix.length);
  return `${label} ${rest}${rest.endsWith(".") ? "" : "."}`;
}
