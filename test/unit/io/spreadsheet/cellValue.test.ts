import { describe, expect, it } from "vitest";
import { oneNumber, readCell } from "../../../../src/io/spreadsheet/cellValue";

const value = (raw: Parameters<typeof readCell>[0], pct = false) => {
  const r = readCell(raw, pct);
  return r.kind === "value" ? { ...r.target, percent: r.percent, status: r.status } : r;
};

describe("reading a cell as planners write it", () => {
  it.each([
    ["1.360", { bound: "exact", value: 1360 }],
    ["1.360.000", { bound: "exact", value: 1360000 }],
    ["5,5", { bound: "exact", value: 5.5 }],
    ["5,5%", { bound: "exact", value: 5.5, percent: true }],
    ["≥ 20", { bound: "atLeast", value: 20 }],
    [">= 20", { bound: "atLeast", value: 20 }],
    ["trên 15", { bound: "moreThan", value: 15 }],
    ["khoảng 50", { bound: "about", value: 50 }],
    ["~50", { bound: "about", value: 50 }],
    ["15-20%", { bound: "range", min: 15, max: 20, percent: true }],
    ["15%-20%", { bound: "range", min: 15, max: 20, percent: true }],
    ["15 – 20", { bound: "range", min: 15, max: 20 }],
    ["01-02", { bound: "range", min: 1, max: 2 }],
    ["từ 15 đến 20", { bound: "range", min: 15, max: 20 }],
    ["20 trở lên", { bound: "atLeast", value: 20 }],
    ["không quá 10", { bound: "atMost", value: 10 }],
    ["1 360", { bound: "exact", value: 1360 }],
    ["\u00a0 42 ", { bound: "exact", value: 42 }],
  ])("%s", (text, expected) => {
    expect(value(text)).toMatchObject(expected);
  });

  it("reads an estimate or final mark", () => {
    expect(value("27 (ước)")).toMatchObject({ value: 27, status: "estimate" });
    expect(value("ước 27")).toMatchObject({ value: 27, status: "estimate" });
    expect(value("30 (chính thức)")).toMatchObject({ value: 30, status: "final" });
    expect(value("30")).toMatchObject({ status: null });
  });

  it.each(["", "  ", "-", "–", "—", "x", "...", "…"])("%j is no value", (text) => {
    expect(readCell(text)).toEqual({ kind: "empty" });
  });

  it("takes numbers Excel stored as they are, percentage cells times 100", () => {
    expect(value(12)).toMatchObject({ bound: "exact", value: 12, percent: false });
    expect(value(0.055, true)).toMatchObject({ value: 5.5, percent: true });
    expect(readCell(null)).toEqual({ kind: "empty" });
    expect(readCell(Number.NaN)).toMatchObject({ kind: "problem", problem: "notANumber" });
    expect(readCell(true)).toMatchObject({ kind: "problem", problem: "boolean" });
  });

  it("names what it cannot read", () => {
    expect(readCell("abc")).toEqual({ kind: "problem", problem: "notANumber", text: "abc" });
    expect(readCell("1,360.5")).toMatchObject({ kind: "problem", problem: "otherLocale" });
    expect(readCell("=SUM(A1:A3)")).toMatchObject({ kind: "problem", problem: "formula" });
    expect(readCell("@SUM(A1:A3)")).toMatchObject({ kind: "problem", problem: "formula" });
    expect(readCell('=HYPERLINK("http://x","y")')).toMatchObject({ kind: "problem", problem: "formula" });
    expect(readCell("9".repeat(100_000))).toMatchObject({ kind: "problem", problem: "tooLong" });
    expect(readCell("<script>alert(1)</script>")).toMatchObject({ kind: "problem", problem: "notANumber" });
  });

  it("an actual is one number: a bound or a range is not", () => {
    expect(oneNumber(readCell("12"))).toBe(12);
    expect(oneNumber(readCell("khoảng 12"))).toBe(12);
    expect(oneNumber(readCell("≥ 12"))).toBeNull();
    expect(oneNumber(readCell("1-2"))).toBeNull();
    expect(oneNumber(readCell("-"))).toBeNull();
  });
});
