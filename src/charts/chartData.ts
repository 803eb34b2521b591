// Plan → the rows one indicator's chart draws. Pure (no React, no Recharts): every number comes from
// the domain's derived figures (indicatorFigures, summarise); this file only arranges them per row,
// in display units (money in the plan's scale), and builds fresh arrays on every call because
// Recharts deep-freezes the data it is given (STACK.md).
import type { Fig } from "../domain/actuals";
import type { PointFigures, SeriesFigures } from "../domain/figures";
import type { Half } from "../domain/periods";
import { indicatorFigures } from "../domain/rollup";
import type { Bound, Direction, Indicator, IndicatorKind, Plan, Unit } from "../domain/schema";
import { type IndicatorSummary, summarise } from "../domain/summary";
import { referenceValue, type Band } from "../domain/targets";
import { achievementAt, periodAchievement } from "../domain/achievement";
import { KIND_RULES } from "../domain/kindRules";
import { toDisplay } from "../i18n/targets";

/** Per period (each period's own amount) or cumulative (the running total). Amounts only. */
export type ChartMode = "perPeriod" | "cumulative";

export interface ChartRow {
  /** Period key ("2021", "2021-H1"), or "baseline" for the leading baseline point. */
  key: string;
  year: number;
  half: Half | null;
  isBaseline: boolean;
  /** The planned value achievement is measured against (a range's minimum, or maximum if lower is better). */
  plan: number | null;
  /** Both ends of a planned range (a band), when they differ. */
  planBand: [number, number] | null;
  actual: number | null;
  estimate: boolean;
  /** The actual when final: drawn solid with filled markers. */
  actualFinal: number | null;
  /** The actual when an estimate, plus the final point before it, so the dashed segment joins on. */
  actualEstimate: number | null;
  /** From the last actual to the forecast at the end of the programme. */
  forecast: number | null;
  /** From the last actual to the programme target at the end: the pace still required. */
  required: number | null;
  /** Đạt % KH and mức tăng đạt of this period (cumulative view: to its end), ratios; null when none. */
  planShare: number | null;
  gain: number | null;
}

export interface TargetMark {
  lo: number;
  hi: number;
  bound: Bound;
}

export interface ChartModel {
  kind: IndicatorKind;
  unit: Unit;
  direction: Direction;
  mode: ChartMode;
  /** Only amounts have a per-period view that differs from the cumulative one. */
  cumulativeAvailable: boolean;
  rows: ChartRow[];
  /** The programme target, drawn as a line, a band or a marked bound; null when not comparable. */
  target: TargetMark | null;
  /** Shares sit on a 0–100% axis. */
  yDomain: [number, number] | null;
  hasBand: boolean;
  hasEstimate: boolean;
  hasActual: boolean;
  hasForecast: boolean;
  hasRequired: boolean;
  summary: IndicatorSummary;
  /** In display units; growth in % a year, shares in percentage points. */
  requiredPerYear: number | null;
  forecastEnd: Fig | null;
  /** Roll-ups of sub-areas: how many sub-areas the last actual sums, when not all. */
  partialCoverage: { have: number; of: number } | null;
}

function bandRef(b: Band | null, direction: Direction): number | null {
  return b ? referenceValue(b, direction) : null;
}

export function chartModel(
  plan: Pick<Plan, "startYear" | "endYear" | "baselineYear" | "reporting" | "subAreas" | "moneyScale">,
  ind: Indicator,
  mode: ChartMode = "cumulative",
  area?: string,
): ChartModel | null {
  const f = indicatorFigures(plan, ind, area);
  if (!f) return null;
  return chartModelOf(f, plan.moneyScale, mode);
}

export function chartModelOf(f: SeriesFigures, scale: Plan["moneyScale"], mode: ChartMode): ChartModel {
  const amount = KIND_RULES[f.kind].cumulative;
  const effectiveMode: ChartMode = amount ? mode : "cumulative";
  const cum = effectiveMode === "cumulative";
  const d = (v: number) => toDisplay(v, f.unit, scale);
  const dn = (v: number | null) => (v === null ? null : d(v));
  const summary = summarise(f);

  const planOf = (p: PointFigures) => (cum ? p.cumPlan : p.plan);
  const actualOf = (p: PointFigures) => (cum ? p.cumActual : p.actual);

  const rows: ChartRow[] = [];
  // Levels, shares and growth start from the baseline along the planned path.
  if (!amount && f.baseline !== null && f.baselineT <= 0) {
    const year = f.points[0] ? f.points[0].period.year - 1 + f.baselineT : 0;
    rows.push({
      key: "baseline",
      year,
      half: null,
      isBaseline: true,
      plan: d(f.baseline),
      // A band of planned growth rates opens from the baseline itself.
      planBand: [d(f.baseline), d(f.baseline)],
      actual: null,
      estimate: false,
      actualFinal: null,
      actualEstimate: null,
      forecast: null,
      required: null,
      planShare: null,
      gain: null,
    });
  }
  const offset = rows.length;
  for (const [i, p] of f.points.entries()) {
    const band = planOf(p);
    const actual = actualOf(p);
    const a = actual ? (cum ? achievementAt(f, i) : periodAchievement(f, i)) : null;
    rows.push({
      key: p.period.key,
      year: p.period.year,
      half: p.period.half,
      isBaseline: false,
      plan: dn(bandRef(band, f.direction)),
      planBand: band && band.lo !== band.hi ? [d(band.lo), d(band.hi)] : null,
      actual: actual ? d(actual.value) : null,
      estimate: actual?.estimate ?? false,
      actualFinal: actual && !actual.estimate ? d(actual.value) : null,
      actualEstimate: actual?.estimate ? d(actual.value) : null,
      forecast: null,
      required: null,
      planShare: a?.planShare ?? null,
      gain: a?.gain ?? null,
    });
  }
  // Join each run of estimates to the final point just before it.
  for (let i = offset + 1; i < rows.length; i++) {
    const row = rows[i] as ChartRow;
    const prev = rows[i - 1] as ChartRow;
    if (row.actualEstimate !== null && prev.actualFinal !== null) prev.actualEstimate = prev.actualFinal;
  }

  const last = f.lastIndex >= 0 ? rows[offset + f.lastIndex] : undefined;
  const end = rows[rows.length - 1];
  const projecting = cum && last !== undefined && end !== undefined && last !== end && last.actual !== null;
  const forecast = summary.forecast;
  const hasForecast = projecting && forecast !== null;
  if (hasForecast && last && end && forecast) {
    last.forecast = last.actual;
    end.forecast = d(forecast.value);
  }
  const pace = summary.requiredPace;
  const targetRef = bandRef(f.target, f.direction);
  const hasRequired = projecting && pace !== null && targetRef !== null;
  if (hasRequired && last && end && targetRef !== null) {
    last.required = last.actual;
    end.required = d(targetRef);
  }

  const lastPoint = f.points[f.lastIndex];
  const coverage = lastPoint?.coverage;
  return {
    kind: f.kind,
    unit: f.unit,
    direction: f.direction,
    mode: effectiveMode,
    cumulativeAvailable: amount,
    rows,
    target: cum && f.target ? { lo: d(f.target.lo), hi: d(f.target.hi), bound: f.target.bound } : null,
    yDomain: KIND_RULES[f.kind].percent ? [0, 100] : null,
    hasBand: rows.some((r) => r.planBand !== null && r.planBand[0] !== r.planBand[1]),
    hasEstimate: rows.some((r) => r.estimate),
    hasActual: rows.some((r) => r.actual !== null),
    hasForecast,
    hasRequired,
    summary,
    requiredPerYear:
      pace === null ? null : KIND_RULES[f.kind].pace === "rate" ? pace.perPeriod : d(pace.perPeriod),
    forecastEnd: forecast ? { value: d(forecast.value), estimate: forecast.estimate } : null,
    partialCoverage: coverage && coverage.have < coverage.of ? coverage : null,
  };
}
