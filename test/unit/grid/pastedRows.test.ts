// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { pastedRows, tableFromHtml } from "../../../src/grid/pastedRows";
import { newIndicatorRows, pastedTable } from "../../../src/sharing/spreadsheet/pastedIndicators";
import { proposeMapping } from "../../../src/io/spreadsheet/headers";
import { previewSheet } from "../../../src/io/spreadsheet/preview";

const WORD =
  "<table><tr><td><p>7</p></td><td><p>Số HTX ứng dụng<br>công nghệ cao</p></td><td rowspan=2><p>HTX</p></td><td colspan=2><p>12</p></td></tr>" +
  "<tr><td>8</td><td>Số HTX có <b>sản phẩm</b> OCOP</td><td>30</td><td>31</td></tr>" +
  "<tr><td>9</td><td><p>Số thành viên được</p><p>tập huấn</p></td><td>lượt người</td><td>500</td><td>&lt;script&gt;</td></tr></table>";

describe("rows pasted from Word, Excel or a web page", () => {
  it("reads a Word table: merged cells keep their place, line breaks become spaces, markup is text", () => {
    expect(tableFromHtml(WORD)).toEqual([
      ["7", "Số HTX ứng dụng công nghệ cao", "HTX", "12", ""],
      ["8", "Số HTX có sản phẩm OCOP", "", "30", "31"],
      ["9", "Số thành viên được tập huấn", "lượt người", "500", "<script>"],
    ]);
    expect(tableFromHtml("<p>no table</p>")).toBeNull();
  });

  it("falls back to the tab-separated text, quoted line breaks included", () => {
    expect(pastedRows('1\t"Số HTX\nmới"\tHTX\n2\tSố THT\tTHT\n', "")).toEqual([
      ["1", "Số HTX mới", "HTX"],
      ["2", "Số THT", "THT"],
    ]);
  });

  it("counts rows naming indicators the plan does not have; values alone are not names", () => {
    const rows = tableFromHtml(WORD) ?? [];
    const plan = { indicators: [{ name: "Số HTX có sản phẩm OCOP" }] } as never;
    expect(newIndicatorRows(rows, plan)).toBe(2);
    expect(newIndicatorRows([["12", "≥ 20", "1.360"]], plan)).toBe(0);
  });

  it("maps a table without headers from its content: code, name, unit", () => {
    const table = pastedTable(tableFromHtml(WORD) ?? [], "Dán");
    const m = proposeMapping([table]);
    expect(m.headerRow).toBe(-1);
    expect(m.columns.slice(0, 3)).toEqual([{ role: "code" }, { role: "name" }, { role: "unit" }]);
    const p = previewSheet(table, m);
    expect(p.lines.map((l) => [l.code, l.name])).toEqual([
      ["7", "Số HTX ứng dụng công nghệ cao"],
      ["8", "Số HTX có sản phẩm OCOP"],
      ["9", "Số thành viên được tập huấn"],
    ]);
  });
});
