// Reading what a planner typed or pasted into one cell, in the interface language: numbers the
// Vietnamese or English way, targets as written ("≥ 20", "15–20", "~50"), money in the plan's scale,
// an actual optionally marked "ước"/"est." or "chính thức"/"final", a share as "11/15". The result is
// an Edit for the one edit path, or a problem code that the cell shows; nothing is guessed.
import { sameCell } from "../domain/sharing/sameValue";
import { type CellValue, getCell } from "../domain/cells";
import type { Edit } from "../domain/edits";
import { type Actual, type ActualStatus, type Indicator, type Plan, WHOLE_AREA } from "../domain/schema";
import { checkCellValue } from "../domain/valueRules";
import type { MessageKey } from "../i18n/messages";
import { type Lang, readNumber } from "../i18n/numbers";
import { fromDisplay, readStatusMark, readTarget } from "../i18n/targets";
import { isRollupView } from "./rows";
import { KIND_RULES } from "../domain/kindRules";

export interface CellProblem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** An edit to dispatch, `null` when the text leaves the cell as it is, or the problem. */
export type CellWrite = { ok: true; edit: Edit | null } | { ok: false; problem: CellProblem };

const refuse = (key: MessageKey, params?: Record<string, string | number>): CellWrite => ({
  ok: false,
  problem: params ? { key, params } : { key },
});

type PlanShape = Pick<Plan, "startYear" | "endYear" | "reporting" | "moneyScale" | "subAreas">;

/** Limits of the indicator's text fields (schema.ts), checked here to say which one failed. */
const TEXT_LIMITS = { code: 20, name: 500, agency: 300 } as const;

export function normaliseText(text: string): string {
  return text.normalize("NFC").trim();
}

export { readStatusMark };

/** Read the text of a value cell (baseline, plan, actual, total) as a stored value. */
export function readCellValue(
  plan: Pick<Plan, "moneyScale">,
  ind: Pick<Indicator, "unit" | "kind">,
  key: string,
  text: string,
  lang: Lang,
  current: CellValue | null,
): { ok: true; value: CellValue | null } | { ok: false; problem: CellProblem } {
  const clean = normaliseText(text);
  if (clean === "") return { ok: true, value: null };
  const scale = plan.moneyScale;
  if (key === "baseline") {
    const n = readNumber(clean, lang);
    if (!n.ok) return { ok: false, problem: { key: `read.${n.error}` } };
    return { ok: true, value: fromDisplay(n.value, ind.unit, scale) };
  }
  if (key === "total" || key.startsWith("plan:")) {
    const unit = KIND_RULES[ind.kind].planIsRate ? "percent" : ind.unit;
    const r = readTarget(clean, { lang, unit, scale });
    if (!r.ok) return { ok: false, problem: { key: `read.${r.error}` } };
    return { ok: true, value: r.target };
  }
  if (key.startsWith("actual:")) {
    const { rest, status } = readStatusMark(clean);
    const keep: ActualStatus =
      status ?? (current && typeof current === "object" && "status" in current ? current.status : "final");
    const parts = /^(.+?)\s*\/\s*(.+)$/.exec(rest);
    if (parts && KIND_RULES[ind.kind].wholePlan === "ratioOfSums") {
      const num = readNumber(parts[1] ?? "", lang);
      const den = readNumber(parts[2] ?? "", lang);
      if (!num.ok) return { ok: false, problem: { key: `read.${num.error}` } };
      if (!den.ok) return { ok: false, problem: { key: `read.${den.error}` } };
      const value = den.value > 0 ? (num.value / den.value) * 100 : 0;
      const a: Actual = { value, status: keep, numerator: num.value, denominator: den.value };
      return { ok: true, value: a };
    }
    const n = readNumber(rest, lang);
    if (!n.ok) return { ok: false, problem: { key: `read.${n.error}` } };
    return { ok: true, value: { value: fromDisplay(n.value, ind.unit, scale), status: keep } };
  }
  return { ok: false, problem: { key: "problem.badCell" } };
}

/**
 * What typing `text` into column `colId` of indicator `ind` does, in `area`: an edit, nothing, or a
 * refusal with its reason. Value cells are checked by the domain's own rules (valueRules.ts) so the
 * cell refuses exactly what the edit path would refuse.
 */
export function writeCell(
  plan: PlanShape,
  ind: Indicator,
  area: string,
  colId: string,
  text: string,
  lang: Lang,
): CellWrite {
  if (isRollupView(plan, area)) return refuse("grid.problem.readOnly");
  if (colId === "code" || colId === "name" || colId === "agency") {
    const value = normaliseText(text);
    if (colId === "name" && value === "") return refuse("grid.problem.nameRequired");
    if (value.length > TEXT_LIMITS[colId]) return refuse("grid.problem.tooLong", { max: TEXT_LIMITS[colId] });
    if (value === ind[colId]) return { ok: true, edit: null };
    return { ok: true, edit: { type: "updateIndicator", indicatorId: ind.id, patch: { [colId]: value } } };
  }
  const isValue = colId === "baseline" || colId === "total" || /^(plan|actual):/.test(colId);
  if (!isValue) return refuse("grid.problem.notEditable");
  const series = ind.series[area];
  const current = getCell(series, colId);
  const read = readCellValue(plan, ind, colId, text, lang, current);
  if (!read.ok) return { ok: false, problem: read.problem };
  if (sameCell(read.value, current)) return { ok: true, edit: null };
  const halves = (y: number) => Boolean(series?.actual[`${y}-H1`] || series?.actual[`${y}-H2`]);
  const problem = checkCellValue(plan, ind, colId, read.value, halves);
  if (problem) return refuse(`problem.${problem}`);
  return {
    ok: true,
    edit: { type: "setCell", indicatorId: ind.id, area: area || WHOLE_AREA, key: colId, value: read.value },
  };
}
