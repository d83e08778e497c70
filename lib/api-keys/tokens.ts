import { hash, randomBytes, timingSafeEqual } from "node:crypto";

export const MIN_API_KEY_LENGTH = 32;
export const MAX_API_KEY_LENGTH = 256;

/** A new key: "sk_" and 43 base64url characters (256 random bits). */
export function generateApiKey(): string {
  return `sk_${randomBytes(32).toString("base64url")}`;
}

/** SHA-256 suffices here: keys are 256-bit random values, so there is nothing to brute-force. */
export function hashApiKey(key: string): string {
  return hash("sha256", key, "hex");
}

export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

export function maskApiKey(prefix: string, lastFour: string): string {
  return `${prefix}${"•".repeat(8)}${lastFour}`;
}

export function keyDisplayParts(key: string): { prefix: string; lastFour: string } {
  return { prefix: key.slice(0, 6), lastFour: key.slice(-4) };
}
