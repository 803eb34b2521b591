import { describe, expect, it } from "vitest";
import { readSplitColumn } from "../../../src/grid/splitColumn";

const AREAS = [
  { id: "a", code: "", name: "Xã An Phú", groupId: null },
  { id: "b", code: "", name: "Phường 1", groupId: null },
  { id: "c", code: "", name: "Xã Tân Thành", groupId: null },
];

describe("a column pasted to split a province target", () => {
  it("one number a line, in the plan's order, read the Vietnamese way", () => {
    expect(readSplitColumn("1.200\n3,5\n0\n", AREAS, "vi")).toEqual({ ok: true, values: [1200, 3.5, 0] });
  });

  it("two columns name, number matched by name without accents, in any order", () => {
    const r = readSplitColumn("xa tan thanh\t7\nXã An Phú\t2", AREAS, "vi");
    expect(r).toEqual({ ok: true, values: [2, null, 7] });
  });

  it("says which lines are wrong", () => {
    expect(readSplitColumn("1\nhai\n3", AREAS, "vi")).toEqual({
      ok: false,
      problems: [{ problem: "notANumber", line: 2, text: "hai" }],
    });
    expect(readSplitColumn("1\n2", AREAS, "vi")).toEqual({
      ok: false,
      problems: [{ problem: "count", lines: 2, areas: 3 }],
    });
    expect(readSplitColumn("Xã Không Có\t4", AREAS, "vi")).toEqual({
      ok: false,
      problems: [{ problem: "unknownName", line: 1, name: "Xã Không Có" }],
    });
    expect(readSplitColumn("1,234.5\n2\n3", AREAS, "vi")).toEqual({
      ok: false,
      problems: [{ problem: "otherLocale", line: 1, text: "1,234.5" }],
    });
  });
});
