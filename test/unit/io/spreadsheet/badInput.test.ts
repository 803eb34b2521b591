import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readSpreadsheet } from "../../../../src/io/spreadsheet/readSpreadsheet";
import { proposeMapping } from "../../../../src/io/spreadsheet/headers";
import { previewSheet } from "../../../../src/io/spreadsheet/preview";
import { buildXlsx, oleFile } from "../../../fixtures/spreadsheets/buildXlsx";

const HEAD = ["STT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024"];

async function preview(rows: Parameters<typeof buildXlsx>[0][number]["rows"], extra = {}) {
  const r = await readSpreadsheet("x.xlsx", buildXlsx([{ name: "Biểu 1", rows: [HEAD, ...rows], ...extra }]));
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return previewSheet(r.sheets[0]!, proposeMapping(r.sheets));
}

describe("files that are not a readable workbook", () => {
  it("an old .xls says so", async () => {
    expect(await readSpreadsheet("bieu.xls", oleFile("Workbook"))).toEqual({
      ok: false,
      error: { kind: "xls" },
    });
  });
  it("a password-protected workbook says so", async () => {
    expect(await readSpreadsheet("bieu.xlsx", oleFile("EncryptedPackage"))).toEqual({
      ok: false,
      error: { kind: "encrypted" },
    });
  });
  it("a Word document in the old format is no spreadsheet", async () => {
    expect(await readSpreadsheet("a.doc", oleFile("WordDocument"))).toEqual({
      ok: false,
      error: { kind: "notSpreadsheet" },
    });
  });
  it("a zip that is not a workbook", async () => {
    const zip = zipSync({ "readme.txt": strToU8("hello"), "word/document.xml": strToU8("<w/>") });
    expect(await readSpreadsheet("a.xlsx", zip)).toEqual({ ok: false, error: { kind: "notSpreadsheet" } });
  });
  it("a damaged zip", async () => {
    const zip = zipSync({ "xl/workbook.xml": strToU8("<workbook/>") }).slice(0, 40);
    const r = await readSpreadsheet("a.xlsx", zip);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.kind).toBe("damaged");
  });
  it("an image and an empty file", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]);
    expect(await readSpreadsheet("a.png", png)).toEqual({ ok: false, error: { kind: "notSpreadsheet" } });
    expect(await readSpreadsheet("a.csv", new Uint8Array())).toEqual({ ok: false, error: { kind: "empty" } });
  });
  it("an .xlsb and an .ods say what they are", async () => {
    const xlsb = zipSync({ "xl/workbook.bin": new Uint8Array([1]) });
    expect(await readSpreadsheet("a.xlsb", xlsb)).toEqual({
      ok: false,
      error: { kind: "otherSpreadsheet", format: "xlsb" },
    });
    const ods = zipSync({
      mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
      "content.xml": strToU8("<x/>"),
    });
    expect(await readSpreadsheet("a.ods", ods)).toEqual({
      ok: false,
      error: { kind: "otherSpreadsheet", format: "ods" },
    });
  });
});

describe("cells that cannot be placed are located, never guessed", () => {
  it("a sheet of 1,048,576 rows, all empty but one far cell, is just its filled rows", async () => {
    const r = await readSpreadsheet(
      "x.xlsx",
      buildXlsx([
        {
          name: "S",
          rows: [HEAD, ["1", "Số HTX", "HTX", 1, 2]],
          farRows: [{ r: 1048576, xml: '<c r="A1048576" s="0"/>' }],
        },
      ]),
    );
    if (!r.ok) throw new Error("read");
    expect(r.sheets[0]?.rows.length).toBe(2);
  });

  it("a cell of 100,000 characters: a name too long, a value unreadable, both with their address", async () => {
    const long = "Đ".repeat(100_000);
    const p = await preview([
      ["1", long, "HTX", 1, 2],
      ["2", "Số HTX", "HTX", long, 2],
    ]);
    expect(p.problems.map((x) => [x.address, x.problem])).toEqual([
      ["Biểu 1!B2", "nameTooLong"],
      ["Biểu 1!D3", "tooLong"],
    ]);
    const first = p.lines[0];
    expect(first?.kind === "indicator" && first.name.length).toBe(500);
  });

  it("formulas without a cached value, HYPERLINK and @SUM cells are named", async () => {
    const p = await preview([
      ["1", "Số HTX", "HTX", { f: "SUM(D3:D4)" }, { f: 'HYPERLINK("http://a.vn","12")', v: "12" }],
      ["2", "Số THT", "THT", "@SUM(D5:D6)", { f: "1+1", v: 2 }],
    ]);
    expect(p.problems.map((x) => [x.address, x.problem, x.text])).toEqual([
      ["Biểu 1!D2", "formula", "=SUM(D3:D4)"],
      ["Biểu 1!D3", "formula", "@SUM(D5:D6)"],
    ]);
    const [a, b] = p.lines;
    // A formula's cached value is the value, whatever the formula.
    expect(a?.kind === "indicator" && a.values.map((v) => [v.key, "value" in v ? v.value : null])).toEqual([
      ["actual:2024", 12],
    ]);
    expect(b?.kind === "indicator" && b.values.map((v) => [v.key, "value" in v ? v.value : null])).toEqual([
      ["actual:2024", 2],
    ]);
  });

  it("a name holding <script> is kept as text, and a fix typed for a cell is read instead", async () => {
    const rows = [["1", "<script>alert(1)</script>", "HTX", "mười", 2]];
    const p = await preview(rows);
    const line = p.lines[0];
    expect(line?.kind === "indicator" && line.name).toBe("<script>alert(1)</script>");
    expect(p.problems).toEqual([{ address: "Biểu 1!D2", text: "mười", problem: "notANumber", row: 1 }]);
    const r = await readSpreadsheet("x.xlsx", buildXlsx([{ name: "Biểu 1", rows: [HEAD, ...rows] }]));
    if (!r.ok) throw new Error("read");
    const fixed = previewSheet(r.sheets[0]!, proposeMapping(r.sheets), { "Biểu 1!D2": "10" });
    expect(fixed.problems).toEqual([]);
    const l = fixed.lines[0];
    expect(l?.kind === "indicator" && l.values[0]).toMatchObject({ key: "plan:2024", target: { value: 10 } });
  });

  it("an actual written as a range is refused with its place", async () => {
    const p = await preview([["1", "Số HTX", "HTX", 5, "≥ 3"]]);
    expect(p.problems.map((x) => [x.address, x.problem])).toEqual([["Biểu 1!E2", "notOneNumber"]]);
  });
});
