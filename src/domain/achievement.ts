// Achievement (đạt % kế hoạch), DECISIONS.md "Achievement":
// - amounts: cumulative actual ÷ cumulative plan, up to the last period that has an actual;
// - levels, shares, growth: (actual − baseline) ÷ (plan − baseline) at the same period, shares in
//   percentage points; lower-is-better: (baseline − actual) ÷ (baseline − plan);
// - no baseline, or plan equal to baseline: actual ÷ plan (lower-is-better: plan ÷ actual).
// Achievement is a ratio (1 = 100%) and is not capped.
import type { Fig } from "./actuals";
import type { PointFigures, SeriesFigures } from "./figures";
import { meetsTarget, type Status, statusOf } from "./status";
import { type Band, referenceValue } from "./targets";

export interface Achievement {
  /** Ratio: 1 = 100%. */
  ratio: number;
  /** Rests on an estimate. */
  estimate: boolean;
  /** The actual and the plan it was measured against. */
  actual: number;
  plan: Band;
  status: Status;
}

function ratioOf(f: SeriesFigures, actual: number, plan: Band): number | null {
  const ref = referenceValue(plan, f.direction);
  const lower = f.direction === "lower";
  if (f.kind === "amount") {
    if (ref === 0) return null;
    // Amounts that should fall: 100% at the plan, 200% at zero, 0% at twice the plan.
    return lower ? (2 * ref - actual) / ref : actual / ref;
  }
  const b = f.baseline;
  if (b !== null && ref !== b) return lower ? (b - actual) / (b - ref) : (actual - b) / (ref - b);
  if (lower) return actual === 0 ? null : ref / actual;
  return ref === 0 ? null : actual / ref;
}

function measure(f: SeriesFigures, actual: Fig | null, plan: Band | null): Achievement | null {
  if (!actual || !plan) return null;
  const ratio = ratioOf(f, actual.value, plan);
  if (ratio === null) return null;
  const met = meetsTarget(actual.value, plan, f.direction);
  return { ratio, estimate: actual.estimate, actual: actual.value, plan, status: statusOf(ratio, met) };
}

/** Levels without a planned value at that period are measured against the end target. */
function levelPlanAt(f: SeriesFigures, p: PointFigures): Band | null {
  return p.plan ?? f.target;
}

/** Achievement to the end of period i: cumulative for amounts, the position for the others. */
export function achievementAt(f: SeriesFigures, i: number): Achievement | null {
  const p = f.points[i];
  if (!p) return null;
  if (f.kind === "amount") return measure(f, p.cumActual, p.cumPlan);
  return measure(f, p.actual, levelPlanAt(f, p));
}

/** Achievement of period i alone: the period's amount against its plan (the report's "đạt % KH"). */
export function periodAchievement(f: SeriesFigures, i: number): Achievement | null {
  const p = f.points[i];
  if (!p) return null;
  if (f.kind === "amount") return measure(f, p.actual, p.plan);
  return measure(f, p.actual, levelPlanAt(f, p));
}

/** Achievement to date: up to the last period with an actual. */
export function achievementToDate(f: SeriesFigures): Achievement | null {
  return f.lastIndex < 0 ? null : achievementAt(f, f.lastIndex);
}

/** Achievement of the whole programme so far: the actual to date against the programme target. */
export function achievementOfProgramme(f: SeriesFigures): Achievement | null {
  if (f.lastIndex < 0) return null;
  const p = f.points[f.lastIndex] as PointFigures;
  return measure(f, f.kind === "amount" ? p.cumActual : p.actual, f.target);
}

/**
 * Achievement of a whole year (the yearly report of a half-yearly plan): the year's actual (amount
 * H1 + H2, level the H2 value) against the year's plan; levels without a planned value that year
 * are measured against the end target. Null until the year's actual exists.
 */
export function yearAchievement(f: SeriesFigures, year: number): Achievement | null {
  const i = f.years.findIndex((y) => y.year === year);
  if (i < 0) return null;
  const plan = f.years[i]?.band ?? null;
  return measure(f, f.yearActuals[i] ?? null, f.kind === "amount" ? plan : (plan ?? f.target));
}
