import { describe, expect, it } from "vitest";
import { readSpreadsheet } from "../../../../src/io/spreadsheet/readSpreadsheet";
import { proposeMapping } from "../../../../src/io/spreadsheet/headers";
import { previewSheet } from "../../../../src/io/spreadsheet/preview";
import { trackingWorkbook } from "../../../fixtures/spreadsheets/provincialSheet";

describe("reading a provincial tracking workbook", () => {
  it("reads both sheets with addresses kept, hidden columns and merges", async () => {
    const r = await readSpreadsheet("bieu.xlsx", trackingWorkbook());
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.sheets.map((s) => s.name)).toEqual(["Hướng dẫn", "Biểu 1"]);
    const s = r.sheets[1]!;
    expect(s.rows[3]?.[1]).toBe("Chỉ tiêu");
    expect(s.rows[7]?.[7]).toBe("27 (ước)");
    expect(s.rows[10]?.[4]).toBe("62,5%");
    // The formula saved without a value shows its formula; the one with a value, its value.
    expect(s.rows[7]?.[8]).toBe("=H8/G8");
    expect(s.rows[7]?.[5]).toBe(1.1);
    expect(s.hidden).toEqual([11]);
    expect(s.rows.length).toBe(13); // the blank far area is dropped
    expect(s.width).toBe(12);
    expect(s.merges).toContainEqual({ r0: 3, c0: 3, r1: 3, c1: 5 });
  });

  it("recognises the sheet, its two header rows and each column", async () => {
    const r = await readSpreadsheet("bieu.xlsx", trackingWorkbook());
    if (!r.ok) throw new Error("read");
    const m = proposeMapping(r.sheets);
    expect(m.sheet).toBe(1);
    expect(m.headerRow).toBe(3);
    expect(m.headerRows).toBe(2);
    expect(m.columns).toEqual([
      { role: "code" },
      { role: "name" },
      { role: "unit" },
      { role: "plan", year: 2024 },
      { role: "actual", period: "2024", estimate: false },
      { role: "derived" },
      { role: "plan", year: 2025 },
      { role: "actual", period: "2025", estimate: true },
      { role: "derived" },
      { role: "total" },
      { role: "note" },
      { role: "ignore" },
    ]);
  });

  it("previews groups, indicators and every value as written", async () => {
    const r = await readSpreadsheet("bieu.xlsx", trackingWorkbook());
    if (!r.ok) throw new Error("read");
    const sheet = r.sheets[1]!;
    const p = previewSheet(sheet, proposeMapping(r.sheets));
    expect(p.lines.map((l) => [l.kind, l.code, l.name])).toEqual([
      ["group", "I", "Phát triển tổ chức"],
      ["indicator", "1", "Số HTX thành lập mới"],
      ["indicator", "2", "Tổng số HTX đang hoạt động"],
      ["group", "II", "Nâng cao hiệu quả"],
      ["indicator", "3", "Tỷ lệ HTX hoạt động hiệu quả"],
      ["indicator", "4", "Doanh thu bình quân 1 HTX"],
      ["indicator", "5", "Số mô hình liên kết chuỗi giá trị"],
    ]);
    expect(p.problems).toEqual([]);
    const ind = (code: string) => p.lines.find((l) => l.kind === "indicator" && l.code === code);
    const values = (code: string) => {
      const l = ind(code);
      return l?.kind === "indicator"
        ? Object.fromEntries(
            l.values.map((v) => [
              v.key,
              "target" in v ? v.target : [v.value, (v as { status?: string }).status],
            ]),
          )
        : null;
    };
    expect(values("1")).toEqual({
      "plan:2024": { bound: "exact", value: 20 },
      "actual:2024": [22, "final"],
      "plan:2025": { bound: "exact", value: 25 },
      "actual:2025": [27, "estimate"],
      total: { bound: "exact", value: 45 },
    });
    expect(values("2")).toMatchObject({
      "plan:2024": { bound: "exact", value: 1360 },
      total: { bound: "atLeast", value: 1400 },
    });
    expect(values("3")).toEqual({
      "plan:2024": { bound: "exact", value: 60 },
      "actual:2024": [62.5, "final"],
      "plan:2025": { bound: "atLeast", value: 65 },
      "actual:2025": [66, "estimate"],
      total: { bound: "atLeast", value: 65 },
    });
    expect(values("4")).toEqual({
      "plan:2024": { bound: "exact", value: 1200 },
      "actual:2024": [1250.5, "final"],
      "plan:2025": { bound: "exact", value: 1300 },
    });
    expect(values("5")).toEqual({
      "plan:2024": { bound: "range", min: 1, max: 2 },
      "actual:2024": [2, "final"],
      "plan:2025": { bound: "moreThan", value: 3 },
      total: { bound: "range", min: 15, max: 20 },
    });
    const first = ind("1");
    expect(first?.kind === "indicator" && first.group).toBe("Phát triển tổ chức");
    const second = ind("2");
    expect(second?.kind === "indicator" && second.note).toBe("số liệu Sở KH&ĐT");
    expect(second?.kind === "indicator" && second.values.find((v) => v.key === "plan:2024")?.address).toBe(
      "Biểu 1!D9",
    );
  });
});
