// The grid as CSV that Excel opens right by double-click: UTF-8 with a byte-order mark (else Excel
// reads Vietnamese as mojibake), the separator of the locale's Excel (vi: ";" because the decimal
// mark is ","; en: ","), numbers written the way that Excel reads as numbers (vi 5,5; en 5.5; no
// thousands separator, which Excel could read as a decimal mark), fields quoted per RFC 4180, lines
// ending in CRLF, and text that could run as a formula neutralised (cellText.ts).
import type { Plan } from "../domain/schema";
import type { Lang } from "../i18n/numbers";
import { cellText, roundForExport } from "./cellText";
import { type ExportCell, type ExportTable, type GridExportOptions, gridTable } from "./gridTable";

export const CSV_BOM = "\uFEFF";

export function csvSeparator(lang: Lang): string {
  return lang === "vi" ? ";" : ",";
}

/** 1360.5 → "1360,5" (vi) / "1360.5" (en); never an exponent. */
export function csvNumber(value: number, lang: Lang): string {
  const r = roundForExport(value);
  // toFixed(4) never uses an exponent below 1e21 (stored values are at most 2^53); trim its zeros.
  const plain = r.toFixed(4).replace(/\.?0+$/, "");
  return lang === "vi" ? plain.replace(".", ",") : plain;
}

/** One field, quoted when it holds the separator, a quote or a line break (RFC 4180). */
export function csvField(raw: string, separator: string): string {
  if (raw.includes(separator) || /["\r\n]/.test(raw)) return `"${raw.replace(/"/g, '""')}"`;
  return raw;
}

function cellField(cell: ExportCell, lang: Lang, separator: string): string {
  if (cell === null) return "";
  if (cell.kind === "number") return csvNumber(cell.value, lang);
  return csvField(cellText(cell.text), separator);
}

/** A table as CSV text, byte-order mark included. */
export function tableToCsv(table: ExportTable, lang: Lang): string {
  const sep = csvSeparator(lang);
  const lines = [
    table.columns.map((c) => csvField(cellText(c.header), sep)).join(sep),
    ...table.rows.map((r) => r.map((c) => cellField(c, lang, sep)).join(sep)),
  ];
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}

/** The grid of a plan as CSV in the interface language (headers, separator, decimal mark). */
export function gridToCsv(plan: Plan, options: GridExportOptions): string {
  return tableToCsv(gridTable(plan, options), options.lang);
}

/** What the browser needs to download it. */
export const CSV_MIME = "text/csv;charset=utf-8";
