import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback-path";

const ORIGIN = "http://localhost:3101";

describe("safeCallbackPath", () => {
  it("keeps a relative path", () => {
    expect(safeCallbackPath("/orgs/abc/usage?month=2025-01", ORIGIN)).toBe("/orgs/abc/usage?month=2025-01");
  });

  it("keeps a same-origin absolute URL", () => {
    expect(safeCallbackPath("http://localhost:3101/orgs/abc", ORIGIN)).toBe("/orgs/abc");
  });

  it("rejects other origins", () => {
    expect(safeCallbackPath("https://evil.example/orgs", ORIGIN)).toBe("/");
    expect(safeCallbackPath("//evil.example/orgs", ORIGIN)).toBe("/");
    expect(safeCallbackPath("/\\evil.example", ORIGIN)).toBe("/");
    expect(safeCallbackPath("javascript:alert(1)", ORIGIN)).toBe("/");
  });

  it("avoids sign-in loops", () => {
    expect(safeCallbackPath("/signin?callbackUrl=/x", ORIGIN)).toBe("/");
    expect(safeCallbackPath("/signup", ORIGIN)).toBe("/");
  });

  it("defaults to home", () => {
    expect(safeCallbackPath(null, ORIGIN)).toBe("/");
    expect(safeCallbackPath("", ORIGIN)).toBe("/");
  });
});
