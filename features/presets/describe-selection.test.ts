import { describe, expect, it } from "vitest";
import { describeSelection } from "./describe-selection";

describe("describeSelection", () => {
  it("names every mode", () => {
    expect(describeSelection({ mode: "all", ids: [] }, "voice", "voices")).toBe("All voices");
    expect(describeSelection({ mode: "allow", ids: ["a", "b", "c"] }, "voice", "voices")).toBe("Only 3 voices");
    expect(describeSelection({ mode: "deny", ids: ["a", "b"] }, "voice", "voices")).toBe("All but 2 voices");
  });

  it("uses the singular for one item", () => {
    expect(describeSelection({ mode: "allow", ids: ["a"] }, "voice", "voices")).toBe("Only 1 voice");
    expect(describeSelection({ mode: "deny", ids: ["a"] }, "sound design", "sound designs")).toBe("All but 1 sound design");
  });

  it("reads empty lists as what they mean", () => {
    expect(describeSelection({ mode: "allow", ids: [] }, "voice", "voices")).toBe("No voices");
    expect(describeSelection({ mode: "deny", ids: [] }, "voice", "voices")).toBe("All voices");
  });
});
