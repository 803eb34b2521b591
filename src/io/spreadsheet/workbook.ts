// What a spreadsheet file holds, read for the import's mapping step: its sheets as rows of cells
// (row 1 of Excel is rows[0], column A is [0], so every cell keeps its address), which columns are
// hidden, which cells are merged. Also the refusals a planner can act on: an old .xls, a workbook
// protected by a password, a file that is no spreadsheet.
import type { RawCell } from "./cellValue";
import type { CsvEncoding } from "./csv";

export interface CellRange {
  /** 0-based, inclusive. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetTable {
  name: string;
  rows: RawCell[][];
  /** Number of columns (the longest row). */
  width: number;
  /** 0-based indexes of hidden columns. */
  hidden: number[];
  merges: CellRange[];
}

export type SpreadsheetError =
  /** The old binary Excel format (Excel 97–2003). */
  | { kind: "xls" }
  /** A workbook protected by a password (Excel encrypts the whole file). */
  | { kind: "encrypted" }
  /** Excel's binary workbook (.xlsb) or an OpenDocument sheet (.ods). */
  | { kind: "otherSpreadsheet"; format: "xlsb" | "ods" }
  /** Not a spreadsheet: a document, an image, an archive of other files. */
  | { kind: "notSpreadsheet" }
  | { kind: "tooLarge"; size: number; limit: number }
  | { kind: "empty" }
  /** A .xlsx whose parts are missing or damaged. */
  | { kind: "damaged"; reason: string };

export type SpreadsheetRead =
  | { ok: true; format: "xlsx"; sheets: SheetTable[] }
  | { ok: true; format: "csv"; encoding: CsvEncoding; sheets: SheetTable[] }
  | { ok: false; error: SpreadsheetError };

/** Cells beyond this many are refused: 2,000 × 40 is 80,000, a real tracking sheet far less. */
export const MAX_CELLS = 2_000_000;
/** A cell's text is kept up to this length (a name may have 500 characters; the rest is noise). */
export const MAX_CELL_TEXT = 2_000;

/** Excel's column letters: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B3" → { r: 2, c: 1 }. */
export function parseAddress(a: string): { r: number; c: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(a.toUpperCase());
  if (!m) return null;
  let c = 0;
  for (const ch of m[1] as string) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** A cell's address as Excel shows it, with its sheet: "Biểu 1!D7" (quoted names are not needed here). */
export function cellAddress(sheet: string, r: number, c: number): string {
  return `${sheet}!${columnLetters(c)}${r + 1}`;
}

/** Rows without trailing empty rows and cells, long texts cut, the width measured. */
export function tidyRows(rows: RawCell[][]): { rows: RawCell[][]; width: number } {
  const out: RawCell[][] = [];
  let last = -1;
  let width = 0;
  rows.forEach((row, r) => {
    let end = row.length;
    while (end > 0 && isBlank(row[end - 1] ?? null)) end--;
    const kept = row
      .slice(0, end)
      .map((cell) =>
        typeof cell === "string" && cell.length > MAX_CELL_TEXT
          ? cell.slice(0, MAX_CELL_TEXT)
          : (cell ?? null),
      );
    out.push(kept);
    if (end > 0) {
      last = r;
      width = Math.max(width, end);
    }
  });
  return { rows: out.slice(0, last + 1), width };
}

export function isBlank(cell: RawCell): boolean {
  return cell === null || (typeof cell === "string" && cell.trim() === "");
}
