import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export { TOO_MANY_SIGN_IN_ATTEMPTS } from "./sign-in-limit-codes";

const WINDOW_SECONDS = 15 * 60;

// Failed attempts per account and per client address within 15 minutes. Counters live in this
// process only.
// NOTE: with several server processes each keeps its own counters; use a shared store then.
const MAX_FAILURES_PER_EMAIL = 10;
const MAX_FAILURES_PER_ADDRESS = 50;
const failuresByEmail = new RateLimiterMemory({ keyPrefix: "sign-in-email", points: MAX_FAILURES_PER_EMAIL, duration: WINDOW_SECONDS });
const failuresByAddress = new RateLimiterMemory({ keyPrefix: "sign-in-address", points: MAX_FAILURES_PER_ADDRESS, duration: WINDOW_SECONDS });

function isExhausted(result: RateLimiterRes | null, limit: number): boolean {
  return result !== null && result.consumedPoints >= limit;
}

/** True when the account or the address used up its failed attempts in the current window. */
export async function isSignInBlocked(email: string, address: string): Promise<boolean> {
  const [byEmail, byAddress] = await Promise.all([failuresByEmail.get(email), failuresByAddress.get(address)]);
  return isExhausted(byEmail, MAX_FAILURES_PER_EMAIL) || isExhausted(byAddress, MAX_FAILURES_PER_ADDRESS);
}

/** Counts one failed attempt against the account and the address. */
export async function recordSignInFailure(email: string, address: string): Promise<void> {
  await Promise.all([
    failuresByEmail.penalty(email, 1),
    failuresByAddress.penalty(address, 1),
  ]);
}

/** Forgets the account's failures after a successful sign-in. */
export async function clearSignInFailures(email: string): Promise<void> {
  await failuresByEmail.delete(email);
}
