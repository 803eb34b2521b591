// Fill helpers, each one batch edit (one undo step):
// - split the programme total across the years (DECISIONS.md: evenly, whole units giving the
//   remainder to the earliest years, a range or bound split end by end);
// - copy a value to the remaining periods of the same row;
// - derive the total from the yearly figures (amounts: their sum; levels and shares: the last year).
import { type CellValue, emptySeries, getCell } from "../domain/cells";
import { applyEdit, type Edit } from "../domain/edits";
import { reportingPeriods, yearsOf } from "../domain/periods";
import type { Indicator, Plan } from "../domain/schema";
import { isWholeUnit, splitTarget, sumTargets } from "../domain/splits";
import type { CellProblem } from "./cellInput";
import { isRollupView } from "./rows";
import { KIND_RULES } from "../domain/kindRules";

export type FillResult = { ok: true; edit: Edit; cells: number } | { ok: false; problem: CellProblem };

const refuse = (key: CellProblem["key"], params?: CellProblem["params"]): FillResult => ({
  ok: false,
  problem: params ? { key, params } : { key },
});

/** The edits as one batch, if the edit path will take all of them. */
function batch(plan: Plan, edits: Edit[]): FillResult {
  const edit: Edit = { type: "batch", edits };
  const r = applyEdit(plan, edit);
  if (!r.ok) return refuse(`problem.${r.error.problem}`);
  return { ok: true, edit, cells: edits.length };
}

function setCell(ind: Indicator, area: string, key: string, value: CellValue | null): Edit {
  return { type: "setCell", indicatorId: ind.id, area, key, value };
}

export function splitTotal(plan: Plan, ind: Indicator, area: string): FillResult {
  if (isRollupView(plan, area)) return refuse("grid.problem.readOnly");
  if (!KIND_RULES[ind.kind].cumulative) return refuse("grid.problem.splitAmountsOnly");
  const total = ind.series[area]?.total;
  if (!total) return refuse("grid.problem.noTotal");
  const years = yearsOf(plan);
  const parts = splitTarget(total, years.length, isWholeUnit(ind.unit));
  return batch(
    plan,
    years.map((y, i) => setCell(ind, area, `plan:${y}`, parts[i] ?? null)),
  );
}

/** The later periods a value of column `colId` is copied to: later years, or later reporting periods. */
export function laterColumns(
  plan: Pick<Plan, "startYear" | "endYear" | "reporting">,
  colId: string,
): string[] {
  const m = /^(plan|actual):(\d{4})(?:-(H[12]))?$/.exec(colId);
  if (!m) return [];
  const year = Number(m[2]);
  if (m[1] === "plan")
    return yearsOf(plan)
      .filter((y) => y > year)
      .map((y) => `plan:${y}`);
  const key = m[3] ? `${year}-${m[3]}` : String(year);
  if (!m[3] && plan.reporting === "halfYearly") {
    return yearsOf(plan)
      .filter((y) => y > year)
      .map((y) => `actual:${y}`);
  }
  const periods = reportingPeriods(plan).map((p) => p.key);
  return periods.slice(periods.indexOf(key) + 1).map((k) => `actual:${k}`);
}

export function copyToRest(plan: Plan, ind: Indicator, area: string, colId: string): FillResult {
  if (isRollupView(plan, area)) return refuse("grid.problem.readOnly");
  if (!/^(plan|actual):/.test(colId)) return refuse("grid.problem.notPeriodCell");
  const value = getCell(ind.series[area], colId);
  if (value === null) return refuse("grid.problem.noValueToCopy");
  const targets = laterColumns(plan, colId);
  if (targets.length === 0) return refuse("grid.problem.notPeriodCell");
  return batch(
    plan,
    targets.map((key) => setCell(ind, area, key, value)),
  );
}

export function deriveTotal(plan: Plan, ind: Indicator, area: string): FillResult {
  if (isRollupView(plan, area)) return refuse("grid.problem.readOnly");
  if (KIND_RULES[ind.kind].planIsRate) return refuse("grid.problem.totalNotForGrowth");
  const s = ind.series[area] ?? emptySeries();
  const years = yearsOf(plan);
  if (KIND_RULES[ind.kind].cumulative) {
    const missing = years.filter((y) => !s.plan[String(y)]);
    if (missing.length > 0) return refuse("grid.problem.missingYears", { years: missing.join(", ") });
    const sum = sumTargets(years.map((y) => s.plan[String(y)]).filter((t) => t !== undefined));
    return batch(plan, [setCell(ind, area, "total", sum)]);
  }
  const last = s.plan[String(plan.endYear)];
  if (!last) return refuse("grid.problem.missingYears", { years: String(plan.endYear) });
  return batch(plan, [setCell(ind, area, "total", last)]);
}
