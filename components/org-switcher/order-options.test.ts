import { describe, expect, it } from "vitest";
import { orderOptions, type TreeOption } from "./order-options";

const org = (id: string, parentId: string | null, status: TreeOption["status"] = "active"): TreeOption => ({
  id,
  name: id,
  parentId,
  status,
});

describe("orderOptions", () => {
  it("puts descendants under their parent", () => {
    const ordered = orderOptions([org("root", null), org("b", "root"), org("a", "root"), org("a1", "a")]);
    expect(ordered.map((option) => option.id)).toEqual(["root", "a", "a1", "b"]);
  });

  it("keeps the order of roots", () => {
    const ordered = orderOptions([org("zeta", null), org("alpha", null)]);
    expect(ordered.map((option) => option.id)).toEqual(["zeta", "alpha"]);
  });

  it("blocks suspended orgs and their descendants", () => {
    const ordered = orderOptions([org("root", null), org("s", "root", "suspended"), org("s1", "s"), org("ok", "root")]);
    const blocked = Object.fromEntries(ordered.map((option) => [option.id, option.blocked]));
    expect(blocked).toEqual({ root: false, ok: false, s: true, s1: true });
  });

  it("treats an option with an unlisted parent as a root", () => {
    const ordered = orderOptions([org("child", "elsewhere")]);
    expect(ordered.map((option) => option.id)).toEqual(["child"]);
  });
});
