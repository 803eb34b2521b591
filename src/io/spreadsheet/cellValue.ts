// One cell of a spreadsheet as a planner wrote it: "1.360", "5,5%", "≥ 20", "trên 15", "15-20%",
// "khoảng 50", "01-02", "-" or empty for none, a number Excel stored (or its formula's cached value),
// a number stored as text, "120 (ước)". Reading reuses the grid's own readers (i18n/numbers,
// i18n/targets): a value the grid would refuse is refused here too, with the reason. Values are read
// the Vietnamese way (a provincial sheet writes 1.360 and 5,5); a cell that only makes sense in the
// other notation is reported, never guessed.
import type { ActualStatus, Target } from "../../domain/schema";
import { readStatusMark, readTarget, type NumberReadError } from "../../domain/valueText";

/** What a workbook or CSV cell holds before reading: text, a number, a truth value, or nothing. */
export type RawCell = string | number | boolean | null;

export type CellReadProblem = NumberReadError | "formula" | "notOneNumber" | "tooLong" | "boolean";

export type CellRead =
  | { kind: "empty" }
  /** A value as written: exact or with its wording (≥, >, ~, a range); `percent` when written "5,5%". */
  | { kind: "value"; target: Target; percent: boolean; status: ActualStatus | null }
  | { kind: "problem"; problem: CellReadProblem; text: string };

/** Marks that planners write for "no value": a dash, a cross, dots. */
const NONE = /^(-|–|—|x|\.{2,}|…|\/|n\/a)$/i;
/** Text that a spreadsheet would run as a formula, or a formula Excel left without a value. */
const FORMULA = /^[=@+](?=[A-Za-z_(])/;
const MAX_VALUE_TEXT = 100;

/** The text of a raw cell as shown: numbers as Excel has them, text trimmed and in NFC. */
export function rawText(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return cell.normalize("NFC").replace(/\s+/g, " ").trim();
}

const exact = (value: number): Target => ({ bound: "exact", value });

/**
 * Read one value cell. `percentCell`: Excel formats the cell as a percentage (it stores 5,5% as
 * 0.055), so the number is multiplied by 100.
 */
export function readCell(cell: RawCell, percentCell = false): CellRead {
  if (cell === null) return { kind: "empty" };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "problem", problem: "notANumber", text: String(cell) };
    const value = percentCell ? Math.round(cell * 100 * 1e9) / 1e9 : cell;
    return { kind: "value", target: exact(value), percent: percentCell, status: null };
  }
  if (typeof cell === "boolean") return { kind: "problem", problem: "boolean", text: rawText(cell) };
  const text = rawText(cell);
  if (text === "" || NONE.test(text)) return { kind: "empty" };
  if (text.length > MAX_VALUE_TEXT) return { kind: "problem", problem: "tooLong", text: text.slice(0, 60) };
  if (FORMULA.test(text)) return { kind: "problem", problem: "formula", text };
  const { rest, status } = readStatusMark(text);
  const percent = /%\s*$/.test(rest);
  // "15-20%" and "15%-20%": the sign may follow each end of a range.
  const clean = rest.replace(/%(?=\s*(-|–|—|đến|to)\s*\d)/gi, "");
  const r = readTarget(clean, { lang: "vi", unit: "htx", scale: "million" });
  if (!r.ok) return { kind: "problem", problem: r.error, text };
  return { kind: "value", target: r.target, percent, status };
}

/** An actual must be one number: "≥ 20" or "15–20" is a target, not something that happened. */
export function oneNumber(read: CellRead): number | null {
  if (read.kind !== "value") return null;
  const t = read.target;
  return t.bound === "exact" || t.bound === "about" ? t.value : null;
}
