// A list of sub-areas pasted from Excel or Word, one a line: "Xã An Phú", or with its code
// "29227 – Xã An Phú" / "29227 - Xã An Phú" / "29227<Tab>Xã An Phú" (two Excel columns). A code is one
// word holding a digit (the commune codes of the statistics office), so a name with a dash in it
// ("Xã Long Hòa - Bình Đại") stays a name. Blank lines are skipped; names are NFC and trimmed.
import { foldText } from "./text";

export interface PastedSubArea {
  /** Line number in the pasted text (1-based). */
  line: number;
  code: string;
  name: string;
}

export type ListProblem =
  | { problem: "nameTooLong"; line: number; max: number }
  | { problem: "codeTooLong"; line: number; max: number }
  /** The same name twice in the list, or a name the plan already has. */
  | { problem: "duplicateName"; line: number; name: string }
  | { problem: "tooMany"; max: number }
  | { problem: "empty" };

export const MAX_SUB_AREAS = 500;
export const NAME_MAX = 200;
export const CODE_MAX = 20;

const CODED = /^(\S{1,40})\s*(?:\t|\s[–—-]\s|[–—]\s?)\s*(.+)$/u;

function splitLine(raw: string): { code: string; name: string } {
  const tab = raw.split("\t").map((c) => c.trim());
  if (tab.length > 1) {
    const cells = tab.filter((c) => c !== "");
    if (cells.length >= 2 && /\d/.test(cells[0] as string) && !/\s/.test(cells[0] as string))
      return { code: cells[0] as string, name: cells.slice(1).join(" ") };
    return { code: "", name: cells.join(" ") };
  }
  const m = CODED.exec(raw);
  if (m && /\d/.test(m[1] as string)) return { code: m[1] as string, name: (m[2] as string).trim() };
  return { code: "", name: raw };
}

/** The sub-areas of a pasted list, or what is wrong with it (every problem, with its line). */
export function readSubAreaList(
  text: string,
  existingNames: readonly string[],
): { ok: true; items: PastedSubArea[] } | { ok: false; problems: ListProblem[] } {
  const items: PastedSubArea[] = [];
  const problems: ListProblem[] = [];
  const seen = new Set(existingNames.map(foldText));
  text
    .normalize("NFC")
    .split(/\r\n|\n|\r/)
    .forEach((raw, i) => {
      const line = i + 1;
      const clean = raw.replace(/\u00a0/g, " ").trim();
      if (clean === "") return;
      const { code, name } = splitLine(clean);
      if (name.length > NAME_MAX) problems.push({ problem: "nameTooLong", line, max: NAME_MAX });
      if (code.length > CODE_MAX) problems.push({ problem: "codeTooLong", line, max: CODE_MAX });
      const key = foldText(name);
      if (seen.has(key)) problems.push({ problem: "duplicateName", line, name });
      seen.add(key);
      items.push({ line, code, name });
    });
  if (items.length === 0 && problems.length === 0) problems.push({ problem: "empty" });
  if (existingNames.length + items.length > MAX_SUB_AREAS)
    problems.push({ problem: "tooMany", max: MAX_SUB_AREAS });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}
