// A column of figures pasted from Excel for splitting a province target over sub-areas: one number a
// line in the plan's order of sub-areas, or "name<Tab>number" lines matched to sub-areas by name
// (accents and case ignored), in any order. Numbers are read in the interface's language.
import type { SubArea } from "../domain/schema";
import { foldText } from "../domain/text";
import { type Lang, readNumber } from "../i18n/numbers";

export type ColumnProblem =
  | { problem: "notANumber"; line: number; text: string }
  | { problem: "otherLocale"; line: number; text: string }
  | { problem: "unknownName"; line: number; name: string }
  | { problem: "count"; lines: number; areas: number };

export function readSplitColumn(
  text: string,
  areas: readonly SubArea[],
  lang: Lang,
): { ok: true; values: (number | null)[] } | { ok: false; problems: ColumnProblem[] } {
  const lines = text
    .split(/\r\n|\n|\r/)
    .map((l, i) => ({ line: i + 1, text: l.trim() }))
    .filter((l) => l.text !== "");
  const named = lines.some((l) => l.text.includes("\t"));
  const byName = new Map(areas.map((a, i) => [foldText(a.name), i]));
  const values: (number | null)[] = areas.map(() => null);
  const problems: ColumnProblem[] = [];
  lines.forEach((l, order) => {
    let index = order;
    let numberText = l.text;
    if (named) {
      const cells = l.text.split("\t").map((c) => c.trim());
      numberText = cells[cells.length - 1] ?? "";
      const name = cells.slice(0, -1).join(" ").trim();
      const found = byName.get(foldText(name));
      if (found === undefined) return problems.push({ problem: "unknownName", line: l.line, name });
      index = found;
    }
    const n = readNumber(numberText, lang);
    if (!n.ok) {
      problems.push({
        problem: n.error === "otherLocale" ? "otherLocale" : "notANumber",
        line: l.line,
        text: numberText,
      });
      return;
    }
    values[index] = n.value;
  });
  if (!named && lines.length !== areas.length)
    problems.push({ problem: "count", lines: lines.length, areas: areas.length });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}
