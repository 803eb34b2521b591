// Derived figures of one series: for each reporting period the plan and the actual, per period and
// cumulative. Nothing here is stored: the grid, the charts and the report all read these, so they
// can never disagree. H1 is judged pro rata: half the yearly amount, or the midpoint of the planned
// path for levels and shares (DECISIONS.md). A period left empty before the last reported one is
// missing, not zero: cumulative figures compare the reported periods' actuals with the same periods'
// plans and name the missing ones.
import { type Fig, periodActual, sumFigs, fig, yearActual } from "./actuals";
import { effectiveBaselineYear, type Period, programmeLength, reportingPeriods } from "./periods";
import { firstHalfPlan, type PlanContext, programmeTarget, type YearPlan, yearlyPlan } from "./plannedPath";
import { KIND_RULES } from "./kindRules";
import {
  DEFAULT_STATUS_BASIS,
  type Direction,
  type Indicator,
  type IndicatorKind,
  type Plan,
  type Series,
  type StatusBasis,
  type Unit,
} from "./schema";
import { addBands, type Band } from "./targets";

export type { StatusBasis };

export interface PointFigures {
  period: Period;
  /** Amounts: the period's planned amount. Others: the planned value at the end of the period. */
  plan: Band | null;
  /** Amounts: planned total from the start to the end of the period. Others: same as plan. */
  cumPlan: Band | null;
  /** Amounts: the period's amount. Others: the value at the end of the period. */
  actual: Fig | null;
  /** Amounts: recorded total from the start to the end of the period. Others: same as actual. */
  cumActual: Fig | null;
  /** Shares: numerator and denominator of the actual, when recorded. */
  parts: { numerator: number; denominator: number } | null;
  /** The plan of the same sub-areas as the actual (whole plan); else the same as plan. */
  reportedPlan: Band | null;
  /** Amounts: the planned total of the periods up to this one that have an actual (like with like
   * for the cumulative đạt % KH). Others: same as plan. */
  reportedCumPlan: Band | null;
  /** Keys of earlier periods (up to this one) left without an actual: missing, not zero. */
  missing: readonly string[];
  /** Years of the programme covered by actuals up to the end of this period (amounts' pace). */
  reportedYears: number;
  /** Whole-plan roll-ups: how many sub-areas the actual sums (of how many). */
  coverage?: { have: number; of: number };
  /** Whole-plan roll-ups: the baseline of the same sub-areas as the actual. */
  baseline?: number | null;
  /** Whole-plan roll-ups: the programme target of the same sub-areas as the actual. */
  target?: Band | null;
}

export interface SeriesFigures {
  kind: IndicatorKind;
  direction: Direction;
  unit: Unit;
  basis: StatusBasis;
  baseline: number | null;
  /** End of the baseline year in programme time (0 = the year before the start). */
  baselineT: number;
  /** Number of years in the programme. */
  length: number;
  years: YearPlan[];
  yearActuals: (Fig | null)[];
  /** Programme total, end target, or planned end level (growth). */
  target: Band | null;
  targetGiven: boolean;
  points: PointFigures[];
  /** Index in `points` of the last period that has an actual; -1 when none. */
  lastIndex: number;
  /** Whole-plan roll-ups: the figures of the sub-areas combined. */
  parts?: readonly SeriesFigures[];
}

export function planContext(
  plan: Pick<Plan, "startYear" | "endYear" | "baselineYear">,
  ind: Pick<Indicator, "baselineYear">,
): PlanContext {
  return {
    startYear: plan.startYear,
    endYear: plan.endYear,
    baselineYear: effectiveBaselineYear(plan, ind.baselineYear),
  };
}

type PlanShape = Pick<Plan, "startYear" | "endYear" | "baselineYear" | "reporting"> & {
  statusBasis?: StatusBasis;
};

/**
 * Figures are derived again only when what they depend on changes. Edits replace the objects they
 * touch and keep the others (structural sharing), so keying on the series object — plus the few plan
 * and indicator fields the figures read — lets the grid, the dashboard, the report and the charts
 * share one computation, and an edit recomputes only the series it changed. The results are never
 * mutated by anyone (Recharts may even freeze them).
 */
const figuresCache = new WeakMap<Series, Map<string, SeriesFigures>>();

function shapeKey(plan: PlanShape, ind: Indicator): string {
  return [
    plan.startYear,
    plan.endYear,
    plan.baselineYear,
    plan.reporting,
    plan.statusBasis ?? DEFAULT_STATUS_BASIS,
    ind.kind,
    ind.unit,
    ind.direction,
    ind.baselineYear,
  ].join("|");
}

export function seriesFigures(plan: PlanShape, ind: Indicator, s: Series): SeriesFigures {
  const key = shapeKey(plan, ind);
  let byShape = figuresCache.get(s);
  const cached = byShape?.get(key);
  if (cached) return cached;
  const computed = computeSeriesFigures(plan, ind, s);
  if (!byShape) figuresCache.set(s, (byShape = new Map()));
  byShape.set(key, computed);
  return computed;
}

/** The reporting periods of the last plan shape asked: the same for every series of a plan (20,400
 * series in a province of 170 communes), so made once, not per series. Never changed by anyone. */
let lastPeriods: { key: string; periods: readonly Period[] } | null = null;

function periodsOf(plan: PlanShape): readonly Period[] {
  const key = `${plan.startYear}|${plan.endYear}|${plan.reporting}`;
  if (lastPeriods?.key !== key) lastPeriods = { key, periods: reportingPeriods(plan) };
  return lastPeriods.periods;
}

function computeSeriesFigures(plan: PlanShape, ind: Indicator, s: Series): SeriesFigures {
  const ctx = planContext(plan, ind);
  const years = yearlyPlan(ind, s, ctx);
  const target = programmeTarget(ind, s, ctx);
  const amount = KIND_RULES[ind.kind].cumulative;
  const baselineBand: Band | null =
    s.baseline === null ? null : { lo: s.baseline, hi: s.baseline, bound: "exact" };

  const points: PointFigures[] = [];
  // Undefined before the first period; null once a period without a plan breaks the running sum.
  let cumPlan: Band | null | undefined;
  let cumActual: Fig | null = null;
  // Reported periods so far: their plans and their share of the programme's time.
  let reportedPlan: Band | null | undefined;
  let reportedYears = 0;
  let unreported: string[] = [];
  let previousYearEnd: Band | null = ctx.baselineYear === plan.startYear - 1 ? baselineBand : null;

  for (const period of periodsOf(plan)) {
    const yp = years[period.year - plan.startYear];
    const yearBand = yp?.band ?? null;
    const periodPlan =
      period.half === "H1"
        ? firstHalfPlan(ind.kind, yearBand, previousYearEnd)
        : period.half === "H2" && amount
          ? firstHalfPlan(ind.kind, yearBand, null)
          : yearBand;
    if (amount)
      cumPlan =
        cumPlan === undefined ? periodPlan : cumPlan && periodPlan ? addBands([cumPlan, periodPlan]) : null;

    const recorded = periodActual(s, period.year, period.half);
    const actual = recorded ? fig(recorded) : null;
    if (amount) cumActual = sumFigs([cumActual, actual]);
    // A half-yearly plan's year entered as a whole stands at H2 and covers the whole year.
    const wholeYear = period.half === "H2" && recorded !== null && recorded === s.actual[String(period.year)];
    if (actual) {
      reportedYears += wholeYear || !period.half ? 1 : 0.5;
      const covered = wholeYear ? yearBand : periodPlan;
      if (wholeYear) unreported = unreported.filter((k) => k !== `${period.year}-H1`);
      reportedPlan =
        reportedPlan === undefined
          ? covered
          : reportedPlan && covered
            ? addBands([reportedPlan, covered])
            : null;
    } else unreported = [...unreported, period.key];
    const isLast = period.year === plan.endYear && period.half !== "H1";
    const missing = actual ? unreported : [];
    // The programme total as written holds at the end, when every period has been reported.
    const endPlan = amount && isLast && target.given && missing.length === 0 ? target.band : null;
    points.push({
      period,
      plan: periodPlan,
      cumPlan: amount ? (endPlan ?? cumPlan ?? null) : periodPlan,
      actual,
      cumActual: amount ? (actual ? cumActual : null) : actual,
      reportedPlan: periodPlan,
      reportedCumPlan: amount ? (endPlan ?? (actual ? (reportedPlan ?? null) : null)) : periodPlan,
      missing: amount ? missing : [],
      reportedYears,
      parts:
        recorded?.numerator !== undefined && recorded.denominator !== undefined
          ? { numerator: recorded.numerator, denominator: recorded.denominator }
          : null,
    });
    if (period.half !== "H1") previousYearEnd = yearBand;
  }

  return {
    kind: ind.kind,
    direction: ind.direction,
    unit: ind.unit,
    basis: plan.statusBasis ?? DEFAULT_STATUS_BASIS,
    baseline: s.baseline,
    baselineT: ctx.baselineYear - plan.startYear + 1,
    length: programmeLength(plan),
    years,
    yearActuals: years.map((y) => yearActual(ind.kind, s, y.year)),
    target: target.band,
    targetGiven: target.given,
    points,
    lastIndex: lastActualIndex(points),
  };
}

export function lastActualIndex(points: readonly PointFigures[]): number {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]?.actual) return i;
  return -1;
}
