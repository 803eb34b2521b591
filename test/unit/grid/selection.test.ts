import { describe, expect, it } from "vitest";
import {
  cellCount,
  clampSelection,
  collapsed,
  contains,
  extend,
  extendTo,
  isSingleCell,
  positions,
  toRect,
} from "../../../src/grid/selection";

describe("the selected block", () => {
  it("grows from its anchor with Shift+arrows and stays inside the grid", () => {
    let s = collapsed({ row: 2, col: 2 });
    s = extend(s, 1, 1, 10, 10);
    expect(toRect(s)).toEqual({ top: 2, left: 2, bottom: 3, right: 3 });
    s = extend(s, -3, -3, 10, 10);
    expect(s.anchor).toEqual({ row: 2, col: 2 });
    expect(toRect(s)).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
    s = extend(s, -5, 0, 10, 10);
    expect(s.focus.row).toBe(0);
  });

  it("extends to a clicked cell and knows what it contains", () => {
    const s = extendTo(collapsed({ row: 5, col: 1 }), { row: 3, col: 4 });
    expect(contains(s, { row: 4, col: 2 })).toBe(true);
    expect(contains(s, { row: 6, col: 2 })).toBe(false);
    expect(cellCount(s)).toBe(12);
    expect(isSingleCell(s)).toBe(false);
    expect(positions(s)).toHaveLength(12);
    expect(positions(s)[0]).toEqual({ row: 3, col: 1 });
  });

  it("shrinks into a smaller grid", () => {
    const s = extendTo(collapsed({ row: 1, col: 1 }), { row: 9, col: 9 });
    expect(clampSelection(s, 5, 4)).toEqual({ anchor: { row: 1, col: 1 }, focus: { row: 4, col: 3 } });
    expect(clampSelection(s, 0, 4)).toBeNull();
  });
});
