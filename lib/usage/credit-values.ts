/**
 * Credits on the wire: a decimal string with at most 12 integer digits and 6 decimal places
 * ("0.25", "1200"), or a JSON number whose shortest string form is such a decimal (0.25 passes;
 * 1e-7 and 1e21 do not, because JavaScript prints them with an exponent). A number may have at
 * most 15 significant digits, the most a double keeps for sure: 123456789012.123456 arrives as
 * ...012.12346, so it must be sent as a string. Values are compared and summed as integer
 * millionths of a credit, never as floats.
 */
const CREDITS_PATTERN = /^(0|[1-9]\d{0,11})(\.\d{1,6})?$/;

export const CREDITS_RULE =
  'a non-negative decimal with at most 12 integer digits and 6 decimal places, as a string such as "0.25" (a JSON number without an exponent and with at most 15 significant digits is also accepted)';
const MAX_NUMBER_DIGITS = 15;

/** Returns `value` as a normalized decimal string ("1.50" → "1.5"), or undefined when it is not valid credits. */
export function normalizeCreditsValue(value: unknown): string | undefined {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" && Number.isFinite(value)) {
    text = String(value);
    if (text.replace(".", "").replace(/^0+/, "").length > MAX_NUMBER_DIGITS) return undefined;
  } else return undefined;
  if (!CREDITS_PATTERN.test(text)) return undefined;
  if (!text.includes(".")) return text;
  return text.replace(/0+$/, "").replace(/\.$/, "");
}

/**
 * Converts a normalized credits string to integer millionths of a credit. Values below a billion
 * credits take exact Number arithmetic (under 2^53) and one BigInt conversion, which is several
 * times faster than parsing the string as a BigInt.
 */
export function creditsToMicro(normalized: string): bigint {
  const dot = normalized.indexOf(".");
  const whole = dot === -1 ? normalized : normalized.slice(0, dot);
  const fraction = dot === -1 ? "" : normalized.slice(dot + 1);
  const fractionMicro = fraction === "" ? 0 : Number(fraction) * 10 ** (6 - fraction.length);
  if (whole.length <= 9) return BigInt(Number(whole) * 1_000_000 + fractionMicro);
  return BigInt(whole) * 1_000_000n + BigInt(fractionMicro);
}

/** Describes a rejected value in an error message, shortened so that a huge input stays out of logs. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

// NUL cannot be stored in a PostgreSQL text or jsonb value, and jsonb rejects unpaired surrogates.
const UNSTORABLE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNSTORABLE_MESSAGE = "must not contain NUL characters or unpaired UTF-16 surrogates";

/** True when `value` contains, at any depth, a string or key that PostgreSQL cannot store. */
export function hasUnstorableText(value: unknown): boolean {
  if (typeof value === "string") return UNSTORABLE_TEXT.test(value);
  if (Array.isArray(value)) return value.some(hasUnstorableText);
  if (value && typeof value === "object") {
    return Object.entries(value).some(([key, item]) => UNSTORABLE_TEXT.test(key) || hasUnstorableText(item));
  }
  return false;
}
