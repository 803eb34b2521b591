// Recognising a provincial sheet's headers without help: "STT", "Chỉ tiêu"/"Nội dung", "ĐVT"/"Đơn vị
// tính", and for each year or half-year which column is the plan (KH, Kế hoạch), the actual (TH,
// Thực hiện) or the estimate (Ước TH, ước) — often as two header rows, "Năm 2024" merged over
// "KH | TH | % KH". Derived columns (% KH, So sánh, Tổng, Lũy kế) are recognised and left out; a
// column "Giai đoạn 2021-2025" or "Mục tiêu đến 2025" is the programme's total or end target.
import { foldText } from "../../domain/text";
import { rawText } from "./cellValue";
import { isBlank, type SheetTable } from "./workbook";

export type ColumnRole =
  | { role: "ignore" }
  | { role: "derived" }
  | { role: "name" }
  | { role: "code" }
  | { role: "unit" }
  | { role: "agency" }
  | { role: "note" }
  | { role: "baseline" }
  | { role: "total" }
  | { role: "plan"; year: number }
  | { role: "actual"; period: string; estimate: boolean };

export interface SheetMapping {
  sheet: number;
  /** 0-based row of the (first) header row. */
  headerRow: number;
  headerRows: 1 | 2;
  columns: ColumnRole[];
}

const IGNORE: ColumnRole = { role: "ignore" };

const is = (re: RegExp, s: string) => re.test(s);

const CODE = /^(stt|tt|so tt|s tt|so thu tu|ma|ma so|ma chi tieu|no|code|#)$/;
const NAME = /\b(chi tieu|noi dung|ten chi tieu|danh muc|hang muc|indicator|ten)\b/;
const UNIT = /^(dvt|d vt|don vi tinh|don vi|unit)\b/;
const AGENCY = /\b(co quan chu tri|don vi chu tri|chu tri|don vi thuc hien|agency)\b/;
const NOTE = /^(ghi chu|note|notes)$/;
const BASELINE = /\b(nam goc|co so|hien trang|baseline)\b/;
const DERIVED =
  /(^%|\s%|%\s*(kh|th|ke hoach|thuc hien)|so sanh|ty le (th|thuc hien|hoan thanh)|th\s*\/\s*kh|tang\s*\/?\s*giam|chenh lech|^tong\b|^tong cong|^cong\b|luy ke|binh quan|compare|total)/;
const ESTIMATE = /\b(uoc|uoc th|uoc thuc hien|uth|est|estimate)\b/;
const ACTUAL = /\b(th|thuc hien|ket qua|thuc te|actual)\b/;
const PLAN = /\b(kh|ke hoach|muc tieu|chi tieu|plan|target)\b/;
const H1 = /\b6 thang( dau( nam)?)?\b|\bh1\b/;
const H2 = /\b6 thang cuoi( nam)?\b|\bh2\b/;
const QUARTER = /\bquy\b|\bq[1-4]\b/;
const YEARS = /\b(19[9]\d|20\d\d)\b/g;

function years(text: string): number[] {
  return [...text.matchAll(YEARS)].map((m) => Number(m[1]));
}

/** Classify one column from its header text(s), folded (no accents, lower case). */
export function classifyHeader(top: string, sub: string): ColumnRole {
  const t = foldText(top);
  const s = foldText(sub);
  const both = s ? `${t} ${s}`.trim() : t;
  if (both === "") return IGNORE;
  const ys = years(both);
  // A column naming a span of years, or "to 2025", is the programme's total or end target.
  if (
    /giai doan|\bden (nam )?(19|20)\d\d|\bnam (19|20)\d\d\s*-\s*(19|20)\d\d/.test(both) &&
    !is(DERIVED, s || t)
  )
    return ys.length >= 1 && !is(ACTUAL, s) ? { role: "total" } : IGNORE;
  if (ys.length === 0) {
    if (is(CODE, both)) return { role: "code" };
    if (is(UNIT, both)) return { role: "unit" };
    if (is(DERIVED, both)) return { role: "derived" };
    if (is(AGENCY, both)) return { role: "agency" };
    if (is(NOTE, both)) return { role: "note" };
    if (is(BASELINE, both)) return { role: "baseline" };
    if (is(NAME, both)) return { role: "name" };
    return IGNORE;
  }
  // The sub-header says what the column is; the year may sit in the header above.
  const word = s || t;
  if (is(DERIVED, word) || is(DERIVED, t)) return { role: "derived" };
  if (is(BASELINE, both)) return { role: "baseline" };
  if (is(QUARTER, both)) return IGNORE;
  const year = ys[ys.length - 1] as number;
  const half = is(H2, both) ? "-H2" : is(H1, both) ? "-H1" : "";
  if (is(ESTIMATE, word) || (!s && is(ESTIMATE, t)))
    return { role: "actual", period: `${year}${half}`, estimate: true };
  if (is(ACTUAL, word)) return { role: "actual", period: `${year}${half}`, estimate: false };
  if (is(PLAN, word) || !half) return { role: "plan", year };
  // "6 tháng đầu năm 2024" alone: what happened in the half-year.
  return { role: "actual", period: `${year}${half}`, estimate: false };
}

/** The text of a header cell, a merged cell's text spread over the cells it covers. */
export function headerTexts(sheet: SheetTable, row: number): string[] {
  const out: string[] = [];
  const cells = sheet.rows[row] ?? [];
  for (let c = 0; c < sheet.width; c++) out.push(rawText(cells[c] ?? null));
  for (const m of sheet.merges) {
    if (row < m.r0 || row > m.r1) continue;
    const text = rawText(sheet.rows[m.r0]?.[m.c0] ?? null);
    for (let c = m.c0; c <= Math.min(m.c1, sheet.width - 1); c++) out[c] = text;
  }
  return out;
}

/**
 * Labels of each column as [top, sub]. With two header rows, a top label is carried right over the
 * empty cells above labelled sub-headers (a CSV has no merged cells: "Năm 2024,,," over "KH,TH,%KH").
 */
export function columnLabels(sheet: SheetTable, headerRow: number, headerRows: 1 | 2): [string, string][] {
  const top = headerTexts(sheet, headerRow);
  if (headerRows === 1) return top.map((t) => [t, ""]);
  const sub = headerTexts(sheet, headerRow + 1);
  let carry = "";
  return top.map((t, c) => {
    const s = sub[c] ?? "";
    if (t !== "") carry = t;
    else if (s !== "" && years(foldText(carry)).length > 0) t = carry;
    // A header merged down over both rows ("STT", "Chỉ tiêu") repeats its text in the second row.
    return [t, s === t ? "" : s];
  });
}

export function classifyColumns(sheet: SheetTable, headerRow: number, headerRows: 1 | 2): ColumnRole[] {
  const roles = columnLabels(sheet, headerRow, headerRows).map(([t, s]) => classifyHeader(t, s));
  let named = false;
  const hidden = new Set(sheet.hidden);
  return roles.map((r, c) => {
    if (hidden.has(c) && r.role !== "name") return IGNORE;
    // Only the first name-like column is the name ("Chỉ tiêu" then "Chỉ tiêu KH" is a plan).
    if (r.role === "name") {
      if (named) return IGNORE;
      named = true;
    }
    return r;
  });
}

const SUB_WORDS =
  /^(kh|th|ke hoach|thuc hien|uoc( th| thuc hien)?|% ?kh|% ?th|so sanh|muc tieu|ket qua|plan|actual)\b/;

/** How strongly a row looks like the header row: the columns it names. */
function headerScore(sheet: SheetTable, row: number): number {
  const roles = classifyColumns(sheet, row, 1);
  if (!roles.some((r) => r.role === "name")) return 0;
  return roles.filter((r) => r.role !== "ignore").length;
}

function looksLikeSubHeader(sheet: SheetTable, row: number): boolean {
  const texts = headerTexts(sheet, row).map(foldText);
  const words = texts.filter((t) => is(SUB_WORDS, t)).length;
  return words >= 2;
}

/** The sheet's header row(s) and the role of each column, as recognised. */
export function proposeSheetMapping(sheet: SheetTable, index: number): SheetMapping & { score: number } {
  let best = 0;
  let headerRow = 0;
  for (let r = 0; r < Math.min(sheet.rows.length, 30); r++) {
    const s = headerScore(sheet, r);
    if (s > best) [best, headerRow] = [s, r];
  }
  const spans = sheet.merges.some((m) => m.r0 === headerRow && m.r1 === headerRow && m.c1 > m.c0);
  const headerRows: 1 | 2 = spans || looksLikeSubHeader(sheet, headerRow + 1) ? 2 : 1;
  const columns = classifyColumns(sheet, headerRow, headerRows);
  return { sheet: index, headerRow, headerRows, columns, score: best };
}

/**
 * A table without a header row (rows pasted from Word or a web page): the first column of long
 * texts is the name, a column of short labels before it the code, a column after it whose texts are
 * units the unit; columns of numbers are left for the planner to place.
 */
export function contentMapping(sheet: SheetTable, index: number): SheetMapping {
  const texts = (c: number) => sheet.rows.map((r) => rawText(r[c] ?? null)).filter((t) => t !== "");
  const wordy = (t: string) => /\p{L}{2,}/u.test(t);
  const columns: ColumnRole[] = Array.from({ length: sheet.width }, () => ({ role: "ignore" }));
  let name = -1;
  for (let c = 0; c < sheet.width && name < 0; c++) {
    const ts = texts(c);
    if (ts.length > 0 && ts.filter(wordy).length >= ts.length / 2 && ts.some((t) => t.length > 6)) name = c;
  }
  if (name >= 0) {
    columns[name] = { role: "name" };
    const before = name > 0 ? texts(name - 1) : [];
    if (before.length > 0 && before.every((t) => t.length <= 8)) columns[name - 1] = { role: "code" };
    const after = texts(name + 1);
    if (after.length > 0 && after.every((t) => (t.length <= 20 && wordy(t)) || t === "%"))
      columns[name + 1] = { role: "unit" };
  }
  return { sheet: index, headerRow: -1, headerRows: 1, columns };
}

/** The mapping proposed for a workbook: the sheet whose headers are recognised best. */
export function proposeMapping(sheets: readonly SheetTable[]): SheetMapping {
  let chosen: (SheetMapping & { score: number }) | null = null;
  sheets.forEach((s, i) => {
    const m = proposeSheetMapping(s, i);
    if (!chosen || m.score > chosen.score) chosen = m;
  });
  const c = chosen as (SheetMapping & { score: number }) | null;
  if (c && c.score > 0)
    return { sheet: c.sheet, headerRow: c.headerRow, headerRows: c.headerRows, columns: c.columns };
  const first = sheets[0];
  return first ? contentMapping(first, 0) : { sheet: 0, headerRow: 0, headerRows: 1, columns: [] };
}

/** The same headers in another file: the key a confirmed mapping is remembered under. */
export function headerSignature(sheet: SheetTable, headerRow: number, headerRows: 1 | 2): string {
  return columnLabels(sheet, headerRow, headerRows)
    .map(([t, s]) => `${foldText(t)}|${foldText(s)}`)
    .join("¦");
}

/** The title of the sheet: the longest text above the headers ("BIỂU THEO DÕI KẾT QUẢ …"). */
export function titleAbove(sheet: SheetTable, headerRow: number): string {
  let title = "";
  for (let r = 0; r < headerRow; r++)
    for (const cell of sheet.rows[r] ?? []) {
      const t = isBlank(cell) ? "" : rawText(cell);
      if (typeof cell === "string" && t.length > title.length && /\p{L}/u.test(t)) title = t;
    }
  return title.slice(0, 500);
}
