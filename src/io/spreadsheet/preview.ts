// The sheet read through a mapping: each row below the headers becomes a group line ("I.", "A. …"),
// an indicator with its values by cell key, or nothing (an empty line, the column numbering (1) (2)
// (3) that many sheets put under the headers). Every value that cannot be placed is listed with its
// address as Excel shows it ("Biểu 1!D7") and the reason; the planner may type a fix for it.
import type { ActualStatus, Target } from "../../domain/schema";
import { foldText } from "../../domain/text";
import { oneNumber, rawText, readCell, type CellReadProblem, type RawCell } from "./cellValue";
import type { ColumnRole, SheetMapping } from "./headers";
import { cellAddress, isBlank, type SheetTable } from "./workbook";

/** A value as read, in the units written in the file (money not yet in đồng, shares in %). */
export type PreviewValue =
  | { key: "baseline"; value: number; address: string; percent: boolean }
  | { key: `actual:${string}`; value: number; status: ActualStatus; address: string; percent: boolean }
  | { key: "total" | `plan:${string}`; target: Target; address: string; percent: boolean };

export type PlaceProblem = CellReadProblem | "nameTooLong";

export interface PreviewProblem {
  address: string;
  /** The cell's text as written (cut to 60 characters). */
  text: string;
  problem: PlaceProblem;
  row: number;
}

export interface PreviewIndicator {
  kind: "indicator";
  /** 0-based sheet row. */
  row: number;
  code: string;
  name: string;
  unitText: string;
  agency: string;
  note: string;
  group: string;
  values: PreviewValue[];
}

export interface PreviewGroup {
  kind: "group";
  row: number;
  code: string;
  name: string;
}

export type PreviewLine = PreviewIndicator | PreviewGroup;

export interface SheetPreview {
  sheetName: string;
  lines: PreviewLine[];
  problems: PreviewProblem[];
  /** Years named by plan and actual columns, in order. */
  years: number[];
  halfYears: boolean;
  hasTotal: boolean;
}

const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)\.?$/;
const LETTER = /^[a-h]\.?$/;
const GROUP_NAME = /^((i|ii|iii|iv|v|vi|vii|viii|ix|x)\.|[a-h]\.|phan [ivx\d]+\b|muc [ivx\d]+\b)/;
/** The numbering line under the headers: "(1)", "1", "A", "B", "1=2/3". */
const NUMBERING = /^\(?([0-9]{1,2}|[a-z])\)?(\s*[=*/+-]\s*\(?[0-9a-z]{1,2}\)?)*$/;
const NAME_MAX = 500;

function isNumberingRow(cells: RawCell[]): boolean {
  const texts = cells.filter((c) => !isBlank(c)).map((c) => foldText(rawText(c)));
  return texts.length >= 2 && texts.every((t) => NUMBERING.test(t));
}

function keyOf(role: ColumnRole): string | null {
  switch (role.role) {
    case "baseline":
    case "total":
      return role.role;
    case "plan":
      return `plan:${role.year}`;
    case "actual":
      return `actual:${role.period}`;
    default:
      return null;
  }
}

/** Read the sheet through the mapping; `fixes` are texts the planner typed for cells, by address. */
export function previewSheet(
  sheet: SheetTable,
  mapping: SheetMapping,
  fixes: Readonly<Record<string, string>> = {},
): SheetPreview {
  const cols = mapping.columns;
  const find = (role: ColumnRole["role"]) => cols.findIndex((c) => c.role === role);
  const nameCol = find("name");
  const codeCol = find("code");
  const unitCol = find("unit");
  const agencyCol = find("agency");
  const noteCol = find("note");
  const valueCols = cols.flatMap((role, c) => {
    const key = keyOf(role);
    return key ? [{ c, role, key }] : [];
  });
  const years = new Set<number>();
  let halfYears = false;
  for (const { role } of valueCols) {
    if (role.role === "plan") years.add(role.year);
    if (role.role === "actual") {
      years.add(Number(role.period.slice(0, 4)));
      if (role.period.includes("-H")) halfYears = true;
    }
  }
  const lines: PreviewLine[] = [];
  const problems: PreviewProblem[] = [];
  let group = "";
  const text = (cells: RawCell[], c: number) => (c >= 0 ? rawText(cells[c] ?? null) : "");
  for (let r = mapping.headerRow + mapping.headerRows; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    if (r === mapping.headerRow + mapping.headerRows && isNumberingRow(cells)) continue;
    const name = text(cells, nameCol);
    const code = text(cells, codeCol);
    if (name === "") continue;
    const values: PreviewValue[] = [];
    const rowProblems: PreviewProblem[] = [];
    const seen = new Set<string>();
    for (const { c, role, key } of valueCols) {
      const address = cellAddress(sheet.name, r, c);
      const fixed = fixes[address];
      const raw: RawCell = fixed !== undefined ? fixed : (cells[c] ?? null);
      const read = readCell(raw);
      if (read.kind === "empty") continue;
      if (read.kind === "problem") {
        rowProblems.push({ address, text: read.text.slice(0, 60), problem: read.problem, row: r });
        continue;
      }
      // Two columns for one period (TH and Ước TH of a year): the first filled one is kept.
      if (seen.has(key)) continue;
      if (role.role === "actual" || role.role === "baseline") {
        const n = oneNumber(read);
        if (n === null) {
          rowProblems.push({ address, text: rawText(raw).slice(0, 60), problem: "notOneNumber", row: r });
          continue;
        }
        seen.add(key);
        if (role.role === "baseline")
          values.push({ key: "baseline", value: n, address, percent: read.percent });
        else {
          const status: ActualStatus = read.status ?? (role.estimate ? "estimate" : "final");
          values.push({ key: key as `actual:${string}`, value: n, status, address, percent: read.percent });
        }
      } else {
        seen.add(key);
        values.push({ key: key as "total", target: read.target, address, percent: read.percent });
      }
    }
    const folded = foldText(name);
    const isGroup =
      values.length === 0 &&
      rowProblems.length === 0 &&
      (ROMAN.test(foldText(code)) || LETTER.test(foldText(code)) || (code === "" && GROUP_NAME.test(folded)));
    if (isGroup) {
      group = name.slice(0, 200);
      lines.push({ kind: "group", row: r, code, name });
      continue;
    }
    if (name.length > NAME_MAX)
      rowProblems.push({
        address: cellAddress(sheet.name, r, nameCol),
        text: name.slice(0, 60),
        problem: "nameTooLong",
        row: r,
      });
    problems.push(...rowProblems);
    lines.push({
      kind: "indicator",
      row: r,
      code: code.slice(0, 20),
      name: name.slice(0, NAME_MAX),
      unitText: text(cells, unitCol).slice(0, 100),
      agency: text(cells, agencyCol).slice(0, 300),
      note: text(cells, noteCol).slice(0, 2000),
      group,
      values,
    });
  }
  return {
    sheetName: sheet.name,
    lines,
    problems,
    years: [...years].sort((a, b) => a - b),
    halfYears,
    hasTotal: valueCols.some((v) => v.role.role === "total"),
  };
}
