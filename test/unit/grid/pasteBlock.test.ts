import { describe, expect, it } from "vitest";
import { parseBlock, placeBlock } from "../../../src/grid/pasteBlock";

describe("parsing a pasted block", () => {
  it("splits rows on line breaks and cells on tabs, ignoring Excel's final line break", () => {
    expect(parseBlock("1.360\t5,5\r\n20\t30\r\n")).toEqual([
      ["1.360", "5,5"],
      ["20", "30"],
    ]);
    expect(parseBlock("1,360\t5.5\n20\t30")).toEqual([
      ["1,360", "5.5"],
      ["20", "30"],
    ]);
  });

  it("keeps empty cells and empty lines inside the block", () => {
    expect(parseBlock("1\t\t3\n\n4\t5\n")).toEqual([["1", "", "3"], [""], ["4", "5"]]);
    expect(parseBlock("")).toEqual([]);
    expect(parseBlock("7")).toEqual([["7"]]);
  });

  it("reads quoted cells holding tabs, line breaks and doubled quotes", () => {
    expect(parseBlock('"a\tb"\t"dòng 1\ndòng 2"\t"nói ""đạt"""\r\n')).toEqual([
      ["a\tb", "dòng 1\ndòng 2", 'nói "đạt"'],
    ]);
  });

  it("takes a quote that does not close the cell as text", () => {
    expect(parseBlock('5" màn hình\t2')).toEqual([['5" màn hình', "2"]]);
    expect(parseBlock('"chưa đóng\t2')).toEqual([['"chưa đóng', "2"]]);
  });
});

describe("laying a block on the grid", () => {
  const all = () => true;

  it("starts at the focused cell and walks rows and columns", () => {
    const { cells, clipped } = placeBlock(
      [
        ["a", "b"],
        ["c", "d"],
      ],
      { row: 1, col: 2 },
      10,
      10,
      all,
    );
    expect(cells).toEqual([
      { row: 1, col: 2, text: "a" },
      { row: 1, col: 3, text: "b" },
      { row: 2, col: 2, text: "c" },
      { row: 2, col: 3, text: "d" },
    ]);
    expect(clipped).toBe(0);
  });

  it("skips group headings, which hold no data", () => {
    const heading = (r: number) => r !== 1;
    const { cells } = placeBlock([["a"], ["b"]], { row: 0, col: 0 }, 5, 5, heading);
    expect(cells.map((c) => c.row)).toEqual([0, 2]);
  });

  it("counts the cells that fall beyond the grid", () => {
    const { cells, clipped } = placeBlock(
      [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
      { row: 1, col: 1 },
      2,
      3,
      all,
    );
    expect(cells.map((c) => c.text)).toEqual(["a", "b"]);
    expect(clipped).toBe(4);
  });

  it("fills a larger selection with one copied value", () => {
    const { cells } = placeBlock([["9"]], { row: 0, col: 0 }, 5, 5, all, {
      top: 0,
      left: 1,
      bottom: 1,
      right: 2,
    });
    expect(cells).toHaveLength(4);
    expect(new Set(cells.map((c) => c.text))).toEqual(new Set(["9"]));
  });
});
