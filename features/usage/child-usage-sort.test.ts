import { describe, expect, test } from "vitest";
import { nextSort, sortChildUsage } from "./child-usage-sort";

const ROWS = [
  { orgName: "globex", totals: { calls: 5, credits: "10.5" } },
  { orgName: "Initech", totals: { calls: 50, credits: "9007199254740.000002" } },
  { orgName: "Northwind", totals: { calls: 7, credits: "9007199254740.000001" } },
  { orgName: "Acme", totals: { calls: 7, credits: "10.5" } },
];

const names = (rows: readonly { orgName: string }[]) => rows.map((row) => row.orgName);

describe("sortChildUsage", () => {
  test("credits, largest first, exact beyond float precision", () => {
    expect(names(sortChildUsage(ROWS, { key: "credits", direction: "desc" }))).toEqual(["Initech", "Northwind", "Acme", "globex"]);
  });

  test("credits ascending keeps name order for ties", () => {
    expect(names(sortChildUsage(ROWS, { key: "credits", direction: "asc" }))).toEqual(["Acme", "globex", "Northwind", "Initech"]);
  });

  test("name ignores letter case", () => {
    expect(names(sortChildUsage(ROWS, { key: "name", direction: "asc" }))).toEqual(["Acme", "globex", "Initech", "Northwind"]);
    expect(names(sortChildUsage(ROWS, { key: "name", direction: "desc" }))).toEqual(["Northwind", "Initech", "globex", "Acme"]);
  });

  test("calls", () => {
    expect(names(sortChildUsage(ROWS, { key: "calls", direction: "desc" }))).toEqual(["Initech", "Acme", "Northwind", "globex"]);
  });

  test("does not change its input", () => {
    const copy = [...ROWS];
    sortChildUsage(ROWS, { key: "name", direction: "asc" });
    expect(ROWS).toEqual(copy);
  });
});

describe("nextSort", () => {
  test("flips the same column", () => {
    expect(nextSort({ key: "credits", direction: "desc" }, "credits")).toEqual({ key: "credits", direction: "asc" });
  });

  test("starts another column at its first direction", () => {
    expect(nextSort({ key: "credits", direction: "desc" }, "name")).toEqual({ key: "name", direction: "asc" });
    expect(nextSort({ key: "name", direction: "asc" }, "calls")).toEqual({ key: "calls", direction: "desc" });
  });
});
