// The rows of the long status table drawn for a scroll position (useRowWindow.ts).
import { describe, expect, it } from "vitest";
import { ROW_HEIGHT, rowsInView } from "../../../src/plan/useRowWindow";

describe("rowsInView", () => {
  it("draws the rows in view and ten more on each side, never beyond the list", () => {
    // The box shows 10 rows; the body starts 100 px into it (headings and roll-ups).
    const view = 10 * ROW_HEIGHT;
    expect(rowsInView(173, 0, view, 100)).toEqual({ start: 0, end: 20 });
    expect(rowsInView(173, 100 + 50 * ROW_HEIGHT, view, 100)).toEqual({ start: 40, end: 70 });
    expect(rowsInView(173, 100 + 170 * ROW_HEIGHT, view, 100)).toEqual({ start: 160, end: 173 });
  });

  it("draws the first rows before the box is measured, and nothing of an empty list", () => {
    expect(rowsInView(173, 0, 0, 0)).toEqual({ start: 0, end: 10 });
    expect(rowsInView(0, 500, 300, 0)).toEqual({ start: 0, end: 0 });
  });

  it("keeps the last rows drawn when scrolled past the end (a list made shorter by a filter)", () => {
    expect(rowsInView(30, 100 * ROW_HEIGHT, 10 * ROW_HEIGHT, 0)).toEqual({ start: 20, end: 30 });
  });
});
