// Achievement: two figures, named as planners name them (DECISIONS.md "Achievement", "Status").
// - Đạt % KH (planShare) = actual ÷ plan of the same period, as every provincial report writes it:
//   amounts per period and cumulative to date, levels and shares the position against the planned
//   position, growth the value against the planned value. Lower-is-better: plan ÷ actual.
// - Mức tăng đạt (gain) = (actual − baseline) ÷ (plan − baseline) for the kinds that have a gain and
//   a baseline; lower-is-better (baseline − actual) ÷ (baseline − plan).
// Status is judged on the gain where there is one (unless the plan chooses đạt % KH), else on
// đạt % KH, with the wording of the plan it is measured against. A target on the wrong side of its
// baseline is never judged silently. Both figures are ratios (1 = 100%) and are not capped.
import { type Fig, sumFigs } from "./actuals";
import type { PointFigures, SeriesFigures } from "./figures";
import { KIND_RULES } from "./kindRules";
import { meetsValue, type Status, statusOf } from "./status";
import { addBands, type Band, referenceValue } from "./targets";

export interface Coverage {
  have: number;
  of: number;
}

export interface Achievement {
  /** Đạt % KH: actual ÷ plan (lower-is-better: plan ÷ actual). Null when a zero makes it meaningless. */
  planShare: number | null;
  /** Mức tăng đạt: the share of the planned gain over the baseline. Null without one. */
  gain: number | null;
  /** The figure status was judged on; null when neither exists (a plan or an actual of 0). */
  judgedBy: "gain" | "planShare" | null;
  /** Rests on an estimate. */
  estimate: boolean;
  /** The actual and the plan (and baseline) it was measured against. */
  actual: number;
  plan: Band;
  baseline: number | null;
  status: Status;
  /** The programme's target lies on the wrong side of its baseline for the direction. */
  wrongSide: boolean;
  /** Earlier periods left without an actual: missing, not counted as 0. */
  missing: readonly string[];
  /** Whole-plan figures: how many sub-areas they rest on, when not all. */
  coverage: Coverage | null;
}

/** Whether the programme target lies on the wrong side of the baseline for the direction. */
export function wrongSideOfBaseline(f: Judged, baseline: number | null, target: Band | null): boolean {
  if (!KIND_RULES[f.kind].sideOfBaseline || baseline === null || !target) return false;
  const ref = referenceValue(target, f.direction);
  return f.direction === "lower" ? ref > baseline : ref < baseline;
}

function planShareOf(f: Judged, actual: number, ref: number): number | null {
  if (f.direction === "lower") return actual === 0 ? null : ref / actual;
  return ref === 0 ? null : actual / ref;
}

function gainOf(f: Judged, actual: number, ref: number, baseline: number | null): number | null {
  if (!KIND_RULES[f.kind].gain || baseline === null || ref === baseline) return null;
  // A planned value on the wrong side of the baseline has no planned gain to share.
  if (f.direction === "lower" ? ref > baseline : ref < baseline) return null;
  return f.direction === "lower"
    ? (baseline - actual) / (baseline - ref)
    : (actual - baseline) / (ref - baseline);
}

/** What judging a point reads of its series' figures besides the point. */
export type Judged = Pick<SeriesFigures, "kind" | "direction" | "basis" | "baseline" | "target">;

interface Context {
  point?: PointFigures;
  missing?: readonly string[];
}

function measure(f: Judged, actual: Fig | null, plan: Band | null, ctx: Context = {}): Achievement | null {
  if (!actual || !plan) return null;
  const ref = referenceValue(plan, f.direction);
  const baseline = ctx.point?.baseline !== undefined ? ctx.point.baseline : f.baseline;
  const target = ctx.point?.target !== undefined ? ctx.point.target : f.target;
  const wrongSide = wrongSideOfBaseline(f, baseline, target);
  const planShare = planShareOf(f, actual.value, ref);
  const gain = wrongSide ? null : gainOf(f, actual.value, ref, baseline);
  const judgedBy = gain !== null && f.basis === "gain" ? "gain" : planShare !== null ? "planShare" : null;
  const figure = judgedBy === "gain" ? gain : planShare;
  let status: Status;
  if (wrongSide) status = "checkTarget";
  else if (figure === null) status = meetsValue(actual.value, plan, f.direction) ? "onTrack" : "offTrack";
  else status = statusOf(figure, plan);
  const cov = ctx.point?.coverage;
  return {
    planShare,
    gain,
    judgedBy,
    estimate: actual.estimate,
    actual: actual.value,
    plan,
    baseline,
    status,
    wrongSide,
    missing: ctx.missing ?? [],
    coverage: cov && cov.have < cov.of ? cov : null,
  };
}

/**
 * A value judged against a band as the status is (the forecast against the programme target): the
 * baseline given is the one of the same sub-areas.
 */
export function measureAgainst(
  f: SeriesFigures,
  value: Fig,
  band: Band,
  baseline: number | null,
): Achievement | null {
  return measure(f, value, band, { point: { ...(f.points[0] as PointFigures), baseline, target: band } });
}

/**
 * The planned position of a level, share or growth at a period. Without a baseline there is no
 * path, and the position is measured against the end target as written.
 */
function positionPlan(f: Judged, p: PointFigures): Band | null {
  return p.reportedPlan ?? (f.baseline === null ? (p.target !== undefined ? p.target : f.target) : null);
}

/** Achievement to the end of period i: cumulative for amounts, the position for the others. */
export function achievementAt(f: SeriesFigures, i: number): Achievement | null {
  const p = f.points[i];
  return p ? achievementOfPoint(f, p) : null;
}

/** Achievement to the end of the period of point `p` of the figures described by `f`. */
export function achievementOfPoint(f: Judged, p: PointFigures): Achievement | null {
  if (KIND_RULES[f.kind].cumulative) {
    return measure(f, p.cumActual, p.reportedCumPlan, { point: p, missing: p.missing });
  }
  return measure(f, p.actual, positionPlan(f, p), { point: p });
}

/** Achievement of period i alone: the period's amount against its plan (the report's "đạt % KH"). */
export function periodAchievement(f: SeriesFigures, i: number): Achievement | null {
  const p = f.points[i];
  if (!p) return null;
  if (KIND_RULES[f.kind].cumulative) return measure(f, p.actual, p.reportedPlan, { point: p });
  return measure(f, p.actual, positionPlan(f, p), { point: p });
}

/** Achievement to date: up to the last period with an actual. */
export function achievementToDate(f: SeriesFigures): Achievement | null {
  return f.lastIndex < 0 ? null : achievementAt(f, f.lastIndex);
}

/** Achievement of the whole programme so far: the actual to date against the programme target. */
export function achievementOfProgramme(f: SeriesFigures): Achievement | null {
  if (f.lastIndex < 0) return null;
  const p = f.points[f.lastIndex] as PointFigures;
  const target = p.target !== undefined ? p.target : f.target;
  const cumulative = KIND_RULES[f.kind].cumulative;
  return measure(f, cumulative ? p.cumActual : p.actual, target, {
    point: p,
    missing: cumulative ? p.missing : [],
  });
}

/**
 * Achievement of a whole year (the yearly report of a half-yearly plan): the year's actual (amount
 * H1 + H2, level the H2 value) against the year's plan; levels without a baseline are measured
 * against the end target. Null until the year's actual exists.
 */
export function yearAchievement(f: SeriesFigures, year: number): Achievement | null {
  const i = f.years.findIndex((y) => y.year === year);
  if (i < 0) return null;
  if (f.parts && KIND_RULES[f.kind].wholePlan === "sum") return wholeYearAchievement(f, f.parts, i);
  const plan = f.years[i]?.band ?? null;
  const end = f.points.findLast((p) => p.period.year === year);
  const position = plan ?? (f.baseline === null ? f.target : null);
  return measure(f, f.yearActuals[i] ?? null, KIND_RULES[f.kind].cumulative ? plan : position, {
    ...(end ? { point: end } : {}),
  });
}

/** A whole year of a whole plan of sub-areas that sum: like with like, the reporting sub-areas'
 * actuals against the same sub-areas' plans, baselines and targets. */
function wholeYearAchievement(
  f: SeriesFigures,
  parts: readonly SeriesFigures[],
  i: number,
): Achievement | null {
  const reporting = parts.filter((p) => p.yearActuals[i]);
  if (reporting.length === 0) return null;
  const actual = sumFigs(reporting.map((p) => p.yearActuals[i] ?? null));
  const sumOf = (bands: (Band | null)[]) => (bands.some((b) => !b) ? null : addBands(bands as Band[]));
  const cumulative = KIND_RULES[f.kind].cumulative;
  const plan = sumOf(
    reporting.map((p) => p.years[i]?.band ?? (cumulative || p.baseline !== null ? null : p.target)),
  );
  const baselines = reporting.map((p) => p.baseline);
  const baseline = baselines.some((b) => b === null)
    ? null
    : (baselines as number[]).reduce((a, b) => a + b, 0);
  const point = {
    ...(f.points[0] as PointFigures),
    baseline,
    target: sumOf(reporting.map((p) => p.target)),
    coverage: { have: reporting.length, of: parts.length },
  };
  return measure(f, actual, plan, { point });
}
