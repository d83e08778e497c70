import { describe, expect, it } from "vitest";
import { describeSaveError } from "./save-error-text";

describe("describeSaveError", () => {
  it("explains an ancestor rejection", () => {
    const text = describeSaveError({ code: "not_allowed_by_ancestor", field: "voices.ids" });
    expect(text.title).toContain("ancestor");
    expect(text.hint).toContain("Save again");
  });

  it("names the invalid field", () => {
    expect(describeSaveError({ code: "invalid_request", field: "name" }).title).toBe("Not saved: name is invalid");
  });

  it("falls back for unknown codes", () => {
    expect(describeSaveError({ code: "internal_error" }).title).toBe("Not saved");
  });
});
