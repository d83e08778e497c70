import { describe, expect, it } from "vitest";
import { displayName, plainText } from "./display-name";

const schema = displayName("orgName", 10);

describe("displayName", () => {
  it("trims and accepts unicode", () => {
    expect(schema.parse("  Café ✓ ")).toBe("Café ✓");
  });

  it.each([
    ["NUL", "a\u0000b", "control characters"],
    ["newline", "a\nb", "control characters"],
    ["right-to-left override", "abc\u202Edef", "text-direction overrides"],
    ["lone high surrogate", "ab\uD800c", "surrogate pair"],
    ["lone low surrogate", "\uDC00ab", "surrogate pair"],
    ["zero-width space only", "\u200B\u200B", "visible character"],
    ["blank", "   ", "required"],
    ["too long", "x".repeat(11), "at most 10 characters"],
    ["number", 5, "must be a string"],
    ["missing", undefined, "orgName is required"],
  ])("rejects %s", (_label, value, message) => {
    const result = schema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe("plainText", () => {
  const description = plainText("description", 20);

  it("accepts empty and emoji text", () => {
    expect(description.parse("")).toBe("");
    expect(description.parse(" Reads 📈 usage ")).toBe("Reads 📈 usage");
  });

  it.each([
    ["NUL", "a\u0000b", "control characters"],
    ["lone surrogate", "a\uD83Db", "surrogate pair"],
    ["too long", "x".repeat(21), "at most 20 characters"],
  ])("rejects %s", (_label, value, message) => {
    const result = description.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});
