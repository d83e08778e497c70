/**
 * Credits on the wire: a decimal string with at most 12 integer digits and 6 decimal places
 * ("0.25", "1200"), or a JSON number whose shortest string form is such a decimal (0.25 passes;
 * 1e-7 and 1e21 do not, because JavaScript prints them with an exponent). Values are compared and
 * summed as integer millionths of a credit, never as floats.
 */
const CREDITS_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,6})?$/;

export const CREDITS_RULE =
  'a non-negative decimal with at most 12 integer digits and 6 decimal places, as a string such as "0.25" (a JSON number without an exponent is also accepted)';

/** Returns `value` as a normalized decimal string ("1.50" → "1.5"), or undefined when it is not valid credits. */
export function normalizeCreditsValue(value: unknown): string | undefined {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else return undefined;
  if (!CREDITS_PATTERN.test(text)) return undefined;
  if (!text.includes(".")) return text;
  return text.replace(/0+$/, "").replace(/\.$/, "");
}

/** Describes a rejected value in an error message, shortened so that a huge input stays out of logs. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
