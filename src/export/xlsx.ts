// The grid as an Excel workbook: the same table as the CSV (gridTable.ts) on a sheet "Chỉ tiêu"
// with headers in the interface language, numbers as numbers (Excel shows them with the reader's own
// separators), a frozen header row, and a sheet "Thông tin" naming the plan. Text that could run as a
// formula is neutralised as in the CSV, although XLSX stores it as text: a colleague who edits such a
// cell and presses Enter would otherwise turn it into a live formula.
//
// write-excel-file (MIT, small, depends only on fflate) is loaded on first use by a dynamic import,
// so it stays out of the main bundle.
import type { Plan } from "../domain/schema";
import { periodLabel } from "../i18n/labels";
import { translator } from "../i18n/translator";
import { provinceInfo } from "../domain/provinces";
import { formatIsoDate } from "../i18n/dates";
import { cellText } from "./cellText";
import { type ExportCell, type ExportTable, type GridExportOptions, gridTable } from "./gridTable";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface XlsxCell {
  value?: string | number;
  type?: StringConstructor | NumberConstructor;
  format?: string;
  fontWeight?: "bold";
  wrap?: boolean;
}

function xlsxCell(cell: ExportCell, wrap: boolean): XlsxCell | null {
  if (cell === null) return null;
  // The cell keeps every digit; the format shows at most two decimals, with the reader's separators.
  if (cell.kind === "number")
    return { value: cell.value, type: Number, format: Number.isInteger(cell.value) ? "#,##0" : "#,##0.0#" };
  return { value: cellText(cell.text), type: String, ...(wrap ? { wrap: true } : {}) };
}

function header(text: string): XlsxCell {
  return { value: cellText(text), type: String, fontWeight: "bold", wrap: true };
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet";
}

function aboutRows(plan: Plan, options: GridExportOptions & { exportedAt?: string }): XlsxCell[][] {
  const t = translator(options.lang);
  const line = (label: string, value: string): XlsxCell[] => [
    header(label),
    { value: cellText(value), type: String },
  ];
  const rows = [
    line(t("export.about.title"), plan.title),
    line(t("export.about.province"), provinceInfo(plan.province)?.name ?? plan.province),
    line(t("export.about.period"), periodLabel(plan)),
    line(
      t("export.about.legalRef"),
      [plan.legalRef.number, plan.legalRef.date ? formatIsoDate(plan.legalRef.date, options.lang) : ""]
        .filter(Boolean)
        .join(" "),
    ),
    line(t("export.about.issuingBody"), plan.issuingBody),
  ];
  if (options.exportedAt) rows.push(line(t("export.about.exportedAt"), options.exportedAt));
  if (plan.illustrative)
    rows.push([{ value: t("export.about.illustrative"), type: String, fontWeight: "bold" }]);
  rows.push([{ value: t("export.about.estimates"), type: String }]);
  return rows;
}

/** A table (and the plan's "about" sheet) as an XLSX Blob. */
export async function tableToXlsx(
  table: ExportTable,
  plan: Plan,
  options: GridExportOptions & { exportedAt?: string },
): Promise<Blob> {
  const { default: writeXlsxFile } = await import("write-excel-file/universal");
  const t = translator(options.lang);
  const wraps = table.columns.map((c) => Boolean(c.wrap));
  const data = [
    table.columns.map((c) => header(c.header)),
    ...table.rows.map((r) => r.map((c, i) => xlsxCell(c, wraps[i] ?? false))),
  ];
  const about = aboutRows(plan, options);
  return writeXlsxFile([
    {
      data,
      sheet: sheetName(table.sheetName),
      columns: table.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
    },
    { data: about, sheet: sheetName(t("export.sheet.about")), columns: [{ width: 22 }, { width: 80 }] },
  ]).toBlob();
}

/**
 * The grid of a plan as an XLSX Blob in the interface language. `exportedAt` (a date as the user
 * reads it) goes on the "about" sheet.
 */
export async function gridToXlsx(
  plan: Plan,
  options: GridExportOptions & { exportedAt?: string },
): Promise<Blob> {
  return tableToXlsx(gridTable(plan, options), plan, options);
}
