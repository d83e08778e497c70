import { describe, expect, it } from "vitest";
import { UsageBatchInput } from "./ingest-schema";
import { creditsToMicro } from "./credit-values";
import { parseUsageBatch } from "./ingest-validate";

const valid = { idempotencyKey: "k", activity: "speech", credits: "0.25", occurredAt: "2026-03-01T23:30:00-08:00" };

const cases: [string, unknown][] = [
  ["a minimal event", { events: [valid] }],
  ["every field", { events: [{ ...valid, quantity: 3, voice: "aria", soundTemplate: "pulse", metadata: { a: [1, { b: null }] } }] }],
  ["null optional fields", { events: [{ ...valid, quantity: null, voice: null, soundTemplate: null, metadata: null }] }],
  ["credits as a number", { events: [{ ...valid, credits: 12.5 }] }],
  ["credits as a number of 15 digits", { events: [{ ...valid, credits: 123456789.123456 }] }],
  ["credits as a number a double cannot hold", { events: [{ ...valid, credits: 123456789012.123456 }] }],
  ["credits of 12 digits and 6 places", { events: [{ ...valid, credits: "999999999999.999999" }] }],
  ["credits of 13 digits", { events: [{ ...valid, credits: "1000000000000" }] }],
  ["credits with a leading zero", { events: [{ ...valid, credits: "01.5" }] }],
  ["credits with a trailing dot", { events: [{ ...valid, credits: "1." }] }],
  ["negative credits", { events: [{ ...valid, credits: -1 }] }],
  ["credits as NaN text", { events: [{ ...valid, credits: "NaN" }] }],
  ["credits missing", { events: [{ ...valid, credits: undefined }] }],
  ["an unknown activity", { events: [{ ...valid, activity: "Speech" }] }],
  ["a key of 201 characters", { events: [{ ...valid, idempotencyKey: "k".repeat(201) }] }],
  ["a numeric key", { events: [{ ...valid, idempotencyKey: 5 }] }],
  ["quantity 0", { events: [{ ...valid, quantity: 0 }] }],
  ["quantity as text", { events: [{ ...valid, quantity: "2" }] }],
  ["microseconds", { events: [{ ...valid, occurredAt: "2026-03-01T10:00:00.123456Z" }] }],
  ["a lowercase z", { events: [{ ...valid, occurredAt: "2026-03-01T10:00:00z" }] }],
  ["31 February", { events: [{ ...valid, occurredAt: "2026-02-31T10:00:00Z" }] }],
  ["metadata as an array", { events: [{ ...valid, metadata: [1] }] }],
  ["metadata over 1000 bytes", { events: [{ ...valid, metadata: { text: "x".repeat(1000) } }] }],
  ["an empty voice", { events: [{ ...valid, voice: "" }] }],
  ["a NUL in the key", { events: [{ ...valid, idempotencyKey: "a\u0000b" }] }],
  ["a NUL in a metadata key", { events: [{ ...valid, metadata: { "a\u0000": 1 } }] }],
  ["an unpaired surrogate in metadata", { events: [{ ...valid, metadata: { text: "x\ud800y" } }] }],
  ["a surrogate pair in metadata", { events: [{ ...valid, metadata: { text: "\ud83c\udfb5" } }] }],
  ["an unknown event field", { events: [{ ...valid, extra: 1 }] }],
  ["an unknown body field", { events: [valid], extra: 1 }],
  ["an event that is a string", { events: ["x"] }],
  ["no events", { events: [] }],
  ["a null body", null],
];

describe("hand-written batch validator", () => {
  it.each(cases)("agrees with the zod schema on %s", (_label, input) => {
    const zodAccepts = UsageBatchInput.safeParse(input).success;
    let parserAccepts = true;
    try {
      parseUsageBatch(input);
    } catch {
      parserAccepts = false;
    }
    expect(parserAccepts).toBe(zodAccepts);
  });

  it.each(["2026-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "2026-13-01T10:00:00Z", "2026-03-01T24:00:00Z"])("rejects the date %s", (occurredAt) => {
    expect(() => parseUsageBatch({ events: [{ ...valid, occurredAt }] })).toThrow(/events\[0\]\.occurredAt/);
    expect(UsageBatchInput.safeParse({ events: [{ ...valid, occurredAt }] }).success).toBe(false);
  });

  it("normalizes credits and defaults", () => {
    const [event] = parseUsageBatch({ events: [{ ...valid, credits: "1.500" }] });
    expect(event).toMatchObject({ credits: "1.5", quantity: 1, voice: null, metadata: null });
    expect(event?.occurredAtIso).toBe("2026-03-02T07:30:00.000Z");
    expect(event?.creditsMicro).toBe(1_500_000n);
  });

  it("hashes equal bodies alike whatever the spelling", () => {
    const [first] = parseUsageBatch({ events: [{ ...valid, credits: 1.5, metadata: { a: 1, b: 2 } }] });
    const [second] = parseUsageBatch({ events: [{ ...valid, credits: "1.50", occurredAt: "2026-03-02T07:30:00Z", metadata: { b: 2, a: 1 } }] });
    const [third] = parseUsageBatch({ events: [{ ...valid, credits: "1.51", metadata: { a: 1, b: 2 } }] });
    expect(first?.bodyHash).toBe(second?.bodyHash);
    expect(first?.bodyHash).not.toBe(third?.bodyHash);
  });

  it("rejects a credits number with more digits than a double keeps", () => {
    expect(() => parseUsageBatch({ events: [{ ...valid, credits: 123456789012.123456 }] })).toThrow(/^events\[0\]\.credits: .*15 significant digits/);
    expect(parseUsageBatch({ events: [{ ...valid, credits: 123456789.123456 }] })[0]?.credits).toBe("123456789.123456");
  });

  it("names the index and field", () => {
    expect(() => parseUsageBatch({ events: [valid, valid, { ...valid, credits: "-2" }] })).toThrow(/^events\[2\]\.credits: /);
  });

  it.each([
    ["0", 0n],
    ["0.000001", 1n],
    ["0.1", 100_000n],
    ["123456789.5", 123_456_789_500_000n],
    ["1234567890.123456", 1_234_567_890_123_456n],
    ["999999999999.999999", 999_999_999_999_999_999n],
  ])("converts %s credits to exact millionths", (credits, micro) => {
    expect(creditsToMicro(credits)).toBe(micro);
  });
});
