import { describe, expect, it } from "vitest";
import { columnKindOf, columnLabel, columnLayout, columnOrder } from "../../../src/grid/columns";
import { translator } from "../../../src/i18n/translator";
import { shortcutOf } from "../../../src/grid/useGridKeys";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

const key = (
  k: string,
  mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("the grid's shortcuts", () => {
  it.each([
    [key("ArrowDown", { shiftKey: true }), "extend"],
    [key("Delete"), "clear"],
    [key("z", { ctrlKey: true }), "undo"],
    [key("Z", { ctrlKey: true, shiftKey: true }), "redo"],
    [key("y", { ctrlKey: true }), "redo"],
    [key("z", { metaKey: true }), "undo"],
    [key("e", { ctrlKey: true }), "toggleEstimate"],
    [key("F2", { shiftKey: true }), "note"],
    [key("F10", { shiftKey: true }), "menu"],
    [key("ContextMenu"), "menu"],
  ] as const)("%o is %s", (e, which) => {
    expect(shortcutOf(e)).toBe(which);
  });

  it("leaves typing, plain arrows and the browser's own keys alone", () => {
    for (const e of [
      key("5"),
      key("ArrowDown"),
      key("c", { ctrlKey: true }),
      key("v", { ctrlKey: true }),
      key("F2"),
    ]) {
      expect(shortcutOf(e)).toBeNull();
    }
  });
});

describe("the grid's columns", () => {
  it("pins code, name, unit and kind, then baseline, years, total, đạt % KH, status and agency", () => {
    const ids = columnOrder(columnLayout(demoTraVinh)).map((c) => c.id);
    expect(ids.slice(0, 7)).toEqual(["code", "name", "unit", "kind", "baseline", "plan:2021", "actual:2021"]);
    expect(ids.slice(-4)).toEqual(["total", "achievement", "status", "agency"]);
    expect(ids).toHaveLength(4 + 1 + 5 * 2 + 4);
  });

  it("gives a half-yearly plan H1, H2 and the year's actual", () => {
    const ids = columnOrder(columnLayout(benTre2021)).map((c) => c.id);
    expect(ids).toContain("actual:2021-H1");
    expect(ids.indexOf("actual:2021-H2")).toBe(ids.indexOf("actual:2021-H1") + 1);
    expect(ids.indexOf("actual:2021")).toBe(ids.indexOf("actual:2021-H2") + 1);
  });

  it("names columns for messages in both languages", () => {
    expect(columnLabel("actual:2021-H1", translator("vi"))).toBe("2021 · TH 6T đầu");
    expect(columnLabel("plan:2022", translator("en"))).toBe("2022 · Plan");
    expect(columnLabel("baseline", translator("vi"))).toBe("Năm gốc");
    expect(columnKindOf("actual:2021")).toBe("actual");
    expect(columnKindOf("nonsense")).toBeNull();
  });
});
