import { describe, expect, it } from "vitest";
import { groupRestrictions } from "./effective-groups";

const path = [
  { orgId: "root", orgName: "Acme" },
  { orgId: "mid", orgName: "Initech" },
  { orgId: "leaf", orgName: "Leaf Radio" },
];

describe("groupRestrictions", () => {
  const groups = groupRestrictions(
    {
      ids: ["v4"],
      restricted: [
        { id: "v3", orgId: "leaf", orgName: "Leaf Radio", locked: false },
        { id: "v1", orgId: "mid", orgName: "Initech", locked: true },
        { id: "v2", orgId: "mid", orgName: "Initech", locked: true },
      ],
    },
    path,
    new Map([["v1", "Aria"], ["v3", "Guy"]]),
  );

  it("orders groups from the root down", () => {
    expect(groups.map((group) => group.orgId)).toEqual(["mid", "leaf"]);
  });

  it("uses names and falls back to ids", () => {
    expect(groups[0]?.names).toEqual(["Aria", "v2"]);
  });

  it("marks the child's own restrictions editable", () => {
    expect(groups[0]?.editable).toBe(false);
    expect(groups[1]?.editable).toBe(true);
    expect(groups[1]?.explanation).toContain("which Initech sets");
  });
});
