import { describe, expect, it } from "vitest";
import { describeRole } from "./describe-role";

const readOnly = ["org.read", "members.read", "usage.read"];
const all = [...readOnly, "members.manage", "childOrgs.manage", "audit.read", "apiKeys.manage", "billing.manage", "orgs.assume", "use.speech", "use.sound"];
const baselines = { all, readOnly };

describe("describeRole", () => {
  it("describes every permission", () => {
    expect(describeRole(all, baselines)).toBe("Every permission (11).");
  });

  it("lists a few exceptions", () => {
    expect(describeRole(all.filter((permission) => permission !== "billing.manage"), baselines)).toBe(
      "Every permission except billing.manage.",
    );
  });

  it("describes read access only", () => {
    expect(describeRole(readOnly, baselines)).toBe("Read access only.");
  });

  it("lists extras and counts APIs", () => {
    expect(describeRole([...readOnly, "apiKeys.manage", "orgs.assume", "use.speech", "use.sound"], baselines)).toBe(
      "Read access, plus apiKeys.manage, orgs.assume and calling all 2 APIs.",
    );
    expect(describeRole([...readOnly, "use.sound"], baselines)).toBe("Read access, plus calling 1 of 2 APIs.");
  });

  it("describes roles without read access", () => {
    expect(describeRole(["billing.manage"], baselines)).toBe("Only billing.manage.");
    expect(describeRole([], baselines)).toBe("No permissions.");
  });
});
