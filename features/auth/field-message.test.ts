import { describe, expect, it } from "vitest";
import { fieldMessage } from "./field-message";

describe("fieldMessage", () => {
  it("replaces the schema name with the label", () => {
    expect(fieldMessage("orgName is required", "orgName", "Organization name")).toBe("Organization name is required.");
  });

  it("replaces a field prefix", () => {
    expect(fieldMessage("password: must be at least 12 characters", "password", "Password")).toBe(
      "Password must be at least 12 characters.",
    );
  });

  it("replaces a doubled prefix", () => {
    expect(fieldMessage("email: email must be a valid email address", "email", "Email")).toBe(
      "Email must be a valid email address.",
    );
  });

  it("keeps other messages", () => {
    const message = "An account with this email already exists. Sign in instead.";
    expect(fieldMessage(message, "email", "Email")).toBe(message);
  });
});
