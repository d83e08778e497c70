import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clearSignInFailures, isSignInBlocked, recordSignInFailure } from "./sign-in-limiter";

describe("sign-in limiter", () => {
  it("blocks an account after ten failures", async () => {
    const email = `${randomUUID()}@limit.example`;
    for (let attempt = 0; attempt < 9; attempt++) await recordSignInFailure(email, randomUUID());
    expect(await isSignInBlocked(email, "198.51.100.1")).toBe(false);
    await recordSignInFailure(email, randomUUID());
    expect(await isSignInBlocked(email, "198.51.100.1")).toBe(true);
  });

  it("blocks an address after fifty failures", async () => {
    const address = randomUUID();
    for (let attempt = 0; attempt < 50; attempt++) await recordSignInFailure(`${randomUUID()}@limit.example`, address);
    expect(await isSignInBlocked(`${randomUUID()}@limit.example`, address)).toBe(true);
  });

  it("forgets failures after a success", async () => {
    const email = `${randomUUID()}@limit.example`;
    for (let attempt = 0; attempt < 10; attempt++) await recordSignInFailure(email, randomUUID());
    await clearSignInFailures(email);
    expect(await isSignInBlocked(email, randomUUID())).toBe(false);
  });
});
