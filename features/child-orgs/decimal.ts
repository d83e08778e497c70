/**
 * String arithmetic on exact decimals such as "1234567.5", so that credits are never turned into
 * floating point. Inputs are plain decimals as the API returns them: an optional "-", digits, and
 * an optional fraction; no exponent and no separators.
 */

/** Adds thousands separators to the integer part ("1234567.5" → "1,234,567.5"). */
export function formatDecimal(value: string, separator = ","): string {
  const negative = value.startsWith("-");
  const unsigned = negative ? value.slice(1) : value;
  const [whole = "0", fraction] = unsigned.split(".");
  const grouped = (whole.replace(/^0+(?=\d)/, "") || "0").replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${negative ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** Orders two decimal strings numerically: negative when `a < b`, 0 when equal, positive otherwise. */
export function compareDecimals(a: string, b: string): number {
  const left = splitDecimal(a);
  const right = splitDecimal(b);
  if (left.negative !== right.negative) {
    const bothZero = isZero(left) && isZero(right);
    if (bothZero) return 0;
    return left.negative ? -1 : 1;
  }
  const magnitude = compareMagnitudes(left, right);
  return left.negative ? -magnitude : magnitude;
}

interface DecimalParts {
  negative: boolean;
  whole: string;
  fraction: string;
}

function splitDecimal(value: string): DecimalParts {
  const negative = value.startsWith("-");
  const [whole = "", fraction = ""] = (negative ? value.slice(1) : value).split(".");
  return { negative, whole: whole.replace(/^0+/, ""), fraction: fraction.replace(/0+$/, "") };
}

function isZero(parts: DecimalParts): boolean {
  return parts.whole === "" && parts.fraction === "";
}

function compareMagnitudes(a: DecimalParts, b: DecimalParts): number {
  // Without leading zeros, a longer integer part is the larger number.
  if (a.whole.length !== b.whole.length) return a.whole.length - b.whole.length;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fractionA = a.fraction.padEnd(width, "0");
  const fractionB = b.fraction.padEnd(width, "0");
  if (fractionA === fractionB) return 0;
  return fractionA < fractionB ? -1 : 1;
}
