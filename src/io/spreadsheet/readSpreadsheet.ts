// One dropped or picked file read as a spreadsheet, from its bytes (not its name): an .xlsx, a CSV
// or tab-separated text in any encoding Excel writes, or a clear refusal — an old .xls, a workbook
// protected by a password (both are OLE compound files: the directory names "EncryptedPackage" in
// one, "Workbook" in the other), an .xlsb or .ods, or a file that is no spreadsheet at all.
import { MAX_FILE_BYTES } from "../planFileFormat";
import { foreignKind } from "../worker/fileKind";
import type { RawCell } from "./cellValue";
import { decodeCsv, parseCsv, type CsvEncoding } from "./csv";
import { MAX_CELLS, tidyRows, type SpreadsheetRead } from "./workbook";
import { readXlsx } from "./xlsx";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A name in an OLE directory, written in UTF-16LE. */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  const first = pattern[0] as number;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i < bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

/** A sheet's name for a CSV: the file's name without its extension. */
export function csvSheetName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, "").slice(0, 100) || "CSV";
}

export function readCsv(name: string, bytes: Uint8Array, forced: CsvEncoding | null = null): SpreadsheetRead {
  const decoded = decodeCsv(bytes, forced);
  if (!decoded) return { ok: false, error: { kind: "notSpreadsheet" } };
  const parsed = parseCsv(decoded.text) as RawCell[][];
  const { rows, width } = tidyRows(parsed);
  if (rows.length === 0) return { ok: false, error: { kind: "empty" } };
  if (rows.length * width > MAX_CELLS)
    return { ok: false, error: { kind: "tooLarge", size: rows.length * width, limit: MAX_CELLS } };
  return {
    ok: true,
    format: "csv",
    encoding: decoded.encoding,
    sheets: [{ name: csvSheetName(name), rows, width, hidden: [], merges: [] }],
  };
}

/** Read a spreadsheet file. `encoding`: for a CSV, the encoding the planner chose. Never throws. */
export async function readSpreadsheet(
  name: string,
  bytes: Uint8Array,
  encoding: CsvEncoding | null = null,
): Promise<SpreadsheetRead> {
  if (bytes.length === 0) return { ok: false, error: { kind: "empty" } };
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, error: { kind: "tooLarge", size: bytes.length, limit: MAX_FILE_BYTES } };
  try {
    if (OLE.every((b, i) => bytes[i] === b)) {
      if (holdsUtf16(bytes, "EncryptedPackage") || holdsUtf16(bytes, "EncryptionInfo"))
        return { ok: false, error: { kind: "encrypted" } };
      if (holdsUtf16(bytes, "Workbook") || holdsUtf16(bytes, "Book") || /\.xls$/i.test(name))
        return { ok: false, error: { kind: "xls" } };
      return { ok: false, error: { kind: "notSpreadsheet" } };
    }
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return await readXlsx(bytes);
    const kind = foreignKind(bytes, name);
    if (kind && kind !== "utf16" && kind !== "text" && kind !== "binary")
      return { ok: false, error: { kind: "notSpreadsheet" } };
    return readCsv(name, bytes, encoding);
  } catch (e) {
    return { ok: false, error: { kind: "damaged", reason: e instanceof Error ? e.name : "read" } };
  }
}
