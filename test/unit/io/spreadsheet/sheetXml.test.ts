// The sheet reader gives the same cells as read-excel-file (kept as the reference) on a workbook
// written by write-excel-file (shared strings, numbers, merged cells), and reads what Excel writes:
// rich text runs, phonetic guides, escaped characters, booleans, error values.
import readXlsxFile from "read-excel-file/universal";
import writeXlsxFile from "write-excel-file/universal";
import { describe, expect, it } from "vitest";
import { readSharedStrings, readSheetCells } from "../../../../src/io/spreadsheet/sheetXml";
import { readSpreadsheet } from "../../../../src/io/spreadsheet/readSpreadsheet";

describe("reading a sheet's XML", () => {
  it("gives read-excel-file's cells on a workbook written by write-excel-file", async () => {
    const data = [
      [{ value: "STT" }, { value: "Chỉ tiêu & <mục>" }, { value: "Năm 2024", columnSpan: 2 }, null],
      [null, null, { value: "KH" }, { value: "TH" }],
      [{ value: "1" }, { value: "Số HTX “mới”" }, { value: 12, type: Number }, { value: "1.360" }],
      [],
      [{ value: "2" }, { value: "Tỷ lệ" }, { value: 0.5, type: Number }, { value: true, type: Boolean }],
    ];
    const blob = await writeXlsxFile(data as never, { sheet: "Biểu 1" }).toBlob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const reference = await readXlsxFile(bytes.slice().buffer);
    const ours = await readSpreadsheet("a.xlsx", bytes);
    if (!ours.ok) throw new Error(JSON.stringify(ours.error));
    const width = ours.sheets[0]!.width;
    const pad = (rows: unknown[][]) => rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    expect(ours.sheets[0]?.name).toBe(reference[0]?.sheet);
    expect(pad(ours.sheets[0]!.rows)).toEqual(pad(reference[0]!.data as unknown[][]));
    expect(ours.sheets[0]?.merges).toEqual([{ r0: 0, c0: 2, r1: 0, c1: 3 }]);
  });

  it("joins rich text runs, leaves phonetic guides out, decodes escapes", () => {
    const shared = readSharedStrings(
      '<sst><si><r><t>Số </t></r><r><rPr><b/></rPr><t xml:space="preserve">HTX &amp; THT</t></r><rPh><t>x</t></rPh></si><si><t>a_x000D_b &#7889;</t></si><si/></sst>',
    );
    expect(shared).toEqual(["Số HTX & THT", "a\rb ố", ""]);
    const rows = readSheetCells(
      '<worksheet><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#DIV/0!</v></c><c r="F2"><v>1.5E3</v></c><c r="G2" t="inlineStr"><is><t>&lt;script&gt;</t></is></c></row><row r="9"><c r="A9" t="inlineStr"><is><t> </t></is></c></row></sheetData></worksheet>',
      shared,
    );
    expect(rows).toEqual([[], [null, "Số HTX & THT", null, true, "#DIV/0!", 1500, "<script>"]]);
  });
});
