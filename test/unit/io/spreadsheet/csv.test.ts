import { describe, expect, it } from "vitest";
import { decodeCsv, guessSeparator, parseCsv } from "../../../../src/io/spreadsheet/csv";
import { readSpreadsheet } from "../../../../src/io/spreadsheet/readSpreadsheet";
import { proposeMapping } from "../../../../src/io/spreadsheet/headers";
import { previewSheet } from "../../../../src/io/spreadsheet/preview";
import { encodeWindows1258 } from "../../../fixtures/spreadsheets/buildXlsx";

const TEXT = [
  "STT;Chỉ tiêu;ĐVT;Năm 2024;;Năm 2025;",
  ";;;KH;TH;KH;Ước TH",
  "I;Phát triển tổ chức;;;;;",
  '1;"Số HTX thành lập mới, ""kiểu mới""";HTX;20;22;25;27',
  '2;"Thành viên được\nđào tạo";người;1.360;1.400;1.500;',
].join("\r\n");

function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
  }
  return out;
}

const utf8 = (t: string) => new TextEncoder().encode(t);
const withBom = (b: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...b]);

describe("CSV from Excel in each encoding", () => {
  const cases: [string, Uint8Array, string][] = [
    ["UTF-8 with BOM", withBom(utf8(TEXT)), "utf-8"],
    ["UTF-8 without BOM", utf8(TEXT), "utf-8"],
    ["Windows-1258", encodeWindows1258(TEXT), "windows-1258"],
    ["UTF-16 (Unicode Text, tabs)", utf16le(TEXT.replace(/;/g, "\t"), true), "utf-16le"],
    ["UTF-16 without BOM", utf16le(TEXT.replace(/;/g, "\t"), false), "utf-16le"],
  ];
  it.each(cases)("%s", async (_label, bytes, encoding) => {
    const r = await readSpreadsheet("bao-cao.csv", bytes);
    if (!r.ok || r.format !== "csv") throw new Error(JSON.stringify(r));
    expect(r.encoding).toBe(encoding);
    const sheet = r.sheets[0]!;
    expect(sheet.name).toBe("bao-cao");
    const m = proposeMapping(r.sheets);
    expect(m.headerRows).toBe(2);
    const p = previewSheet(sheet, m);
    expect(p.problems).toEqual([]);
    expect(p.lines.map((l) => l.name)).toEqual([
      "Phát triển tổ chức",
      'Số HTX thành lập mới, "kiểu mới"',
      "Thành viên được đào tạo",
    ]);
    const last = p.lines[2];
    if (last?.kind !== "indicator") throw new Error("indicator");
    expect(last.unitText).toBe("người");
    expect(last.values.map((v) => [v.key, "target" in v ? v.target : v.value])).toEqual([
      ["plan:2024", { bound: "exact", value: 1360 }],
      ["actual:2024", 1400],
      ["plan:2025", { bound: "exact", value: 1500 }],
    ]);
    expect(last.values[0]?.address).toBe("bao-cao!D5");
  });

  it("lets the planner choose another encoding", () => {
    const bytes = encodeWindows1258("Chỉ tiêu");
    expect(decodeCsv(bytes)?.text).toBe("Chỉ tiêu");
    expect(decodeCsv(bytes, "utf-16le")?.text).not.toBe("Chỉ tiêu");
  });

  it("finds the separator and keeps quoted separators and line breaks", () => {
    expect(guessSeparator("a;b;c\n1;2;3")).toBe(";");
    expect(guessSeparator("a\tb\n1\t2")).toBe("\t");
    expect(guessSeparator('"a,b";c;d')).toBe(";");
    expect(parseCsv('a,"b\r\nc",d\n\n\n')).toEqual([["a", "b\r\nc", "d"]]);
    expect(parseCsv('x,"open')).toEqual([["x", "open"]]);
  });
});
