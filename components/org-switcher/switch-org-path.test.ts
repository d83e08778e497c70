import { describe, expect, it } from "vitest";
import { switchOrgPath } from "./switch-org-path";

const OLD = "11111111-1111-4111-8111-111111111111";
const NEW = "22222222-2222-4222-8222-222222222222";
const RECORD = "33333333-3333-4333-8333-333333333333";
const superOrg = { id: NEW, canHaveChildren: true };
const plainOrg = { id: NEW, canHaveChildren: false };

describe("switchOrgPath", () => {
  it("keeps the overview", () => {
    expect(switchOrgPath(`/orgs/${OLD}`, plainOrg)).toBe(`/orgs/${NEW}`);
    expect(switchOrgPath(`/orgs/${OLD}/`, plainOrg)).toBe(`/orgs/${NEW}`);
  });

  it("keeps the section", () => {
    expect(switchOrgPath(`/orgs/${OLD}/usage`, plainOrg)).toBe(`/orgs/${NEW}/usage`);
    expect(switchOrgPath(`/orgs/${OLD}/members`, superOrg)).toBe(`/orgs/${NEW}/members`);
  });

  it("keeps sub-sections without ids", () => {
    expect(switchOrgPath(`/orgs/${OLD}/settings/entitlements`, plainOrg)).toBe(`/orgs/${NEW}/settings/entitlements`);
  });

  it("drops record ids of the old org", () => {
    expect(switchOrgPath(`/orgs/${OLD}/api-keys/${RECORD}`, plainOrg)).toBe(`/orgs/${NEW}/api-keys`);
    expect(switchOrgPath(`/orgs/${OLD}/members/${RECORD}/edit`, plainOrg)).toBe(`/orgs/${NEW}/members`);
  });

  it("keeps child orgs for a super org", () => {
    expect(switchOrgPath(`/orgs/${OLD}/child-orgs`, superOrg)).toBe(`/orgs/${NEW}/child-orgs`);
  });

  it("sends child-org details to the list", () => {
    expect(switchOrgPath(`/orgs/${OLD}/child-orgs/${RECORD}`, superOrg)).toBe(`/orgs/${NEW}/child-orgs`);
    expect(switchOrgPath(`/orgs/${OLD}/child-orgs/new`, superOrg)).toBe(`/orgs/${NEW}/child-orgs`);
  });

  it("sends child orgs to overview without children", () => {
    expect(switchOrgPath(`/orgs/${OLD}/child-orgs`, plainOrg)).toBe(`/orgs/${NEW}`);
    expect(switchOrgPath(`/orgs/${OLD}/child-orgs/${RECORD}`, plainOrg)).toBe(`/orgs/${NEW}`);
  });

  it("goes to overview from outside orgs", () => {
    expect(switchOrgPath("/", superOrg)).toBe(`/orgs/${NEW}`);
    expect(switchOrgPath("/signin", superOrg)).toBe(`/orgs/${NEW}`);
    expect(switchOrgPath("/orgs", superOrg)).toBe(`/orgs/${NEW}`);
  });

  it("ignores a query string", () => {
    expect(switchOrgPath(`/orgs/${OLD}/usage?month=2025-01`, plainOrg)).toBe(`/orgs/${NEW}/usage`);
  });
});
