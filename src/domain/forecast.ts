// Where the programme is heading, from the pace so far, and the pace it still needs.
// - Amounts: the cumulative actual continues at its average pace over the reported periods (a period
//   left empty is missing, not zero, and is assumed to go at the same pace).
// - Levels and shares: the line from the baseline (or the first actual) through the last actual.
// - Growth: the growth so far continues compounding.
// Forecasts of counts and money never go below zero; shares stay within 0–100.
// The required pace is per half-year in a half-yearly plan (per year for growth rates), else per
// year, over what is left after the last actual.
import type { Fig } from "./actuals";
import type { PointFigures, SeriesFigures } from "./figures";
import { KIND_RULES } from "./kindRules";
import { referenceValue } from "./targets";

interface Anchor {
  t: number;
  value: number;
}

function startAnchor(f: SeriesFigures, last: PointFigures): Anchor | null {
  const baseline = last.baseline !== undefined ? last.baseline : f.baseline;
  if (baseline !== null && f.baselineT < last.period.t) return { t: f.baselineT, value: baseline };
  const first = f.points.find((p) => p.actual && p.period.t < last.period.t);
  return first?.actual ? { t: first.period.t, value: first.actual.value } : null;
}

function held(f: SeriesFigures, value: number): number {
  return KIND_RULES[f.kind].forecastRange === "percent"
    ? Math.min(100, Math.max(0, value))
    : Math.max(0, value);
}

function ownForecast(f: SeriesFigures): Fig | null {
  const last = f.points[f.lastIndex];
  if (!last?.actual) return null;
  const tLast = last.period.t;
  const remaining = f.length - tLast;
  const estimate = last.actual.estimate;
  const rule = KIND_RULES[f.kind].forecast;
  if (rule === "pace") {
    const cum = last.cumActual;
    if (!cum || last.reportedYears <= 0) return null;
    const unreported = f.length - last.reportedYears;
    return {
      value: held(f, cum.value + (cum.value / last.reportedYears) * unreported),
      estimate: cum.estimate,
    };
  }
  const a = last.actual.value;
  const from = startAnchor(f, last);
  if (!from) return remaining === 0 ? { value: held(f, a), estimate } : null;
  const span = tLast - from.t;
  if (rule === "compound") {
    if (from.value <= 0 || a <= 0) return null;
    return { value: a * Math.pow(a / from.value, remaining / span), estimate };
  }
  return { value: held(f, a + ((a - from.value) / span) * remaining), estimate };
}

/**
 * The value expected at the end of the programme if the pace so far continues. The whole plan of
 * sub-areas that sum is the sum of the forecasts of the sub-areas that have one (like with like:
 * `wholeForecastParts` tells how many).
 */
export function forecastEnd(f: SeriesFigures): Fig | null {
  if (f.parts && KIND_RULES[f.kind].wholePlan === "sum") {
    const own = f.parts.map(ownForecast).filter((x): x is Fig => x !== null);
    if (own.length === 0) return null;
    return { value: own.reduce((s, x) => s + x.value, 0), estimate: own.some((x) => x.estimate) };
  }
  return ownForecast(f);
}

/** The sub-areas a whole-plan forecast rests on, and the sum of their programme targets. */
export function forecastCoverage(f: SeriesFigures): { have: number; of: number } | null {
  if (!f.parts || KIND_RULES[f.kind].wholePlan !== "sum") return null;
  return { have: f.parts.filter((p) => ownForecast(p) !== null).length, of: f.parts.length };
}

export interface RequiredPace {
  /** Per period: an amount, a change in level (percentage points for shares), or a growth rate in %
   * (per year). */
  perPeriod: number;
  /** What one period is: a year, or a half-year (half-yearly plans). */
  per: "year" | "halfYear";
  /** Periods left after the last actual (years, or half-years). */
  periods: number;
  estimate: boolean;
}

/** The pace still needed, over the remaining periods, to reach the programme target. */
export function requiredPace(f: SeriesFigures): RequiredPace | null {
  const last = f.points[f.lastIndex];
  // Whole plan: the target of the same sub-areas as the actual.
  const band = last?.target !== undefined ? last.target : f.target;
  if (!last?.actual || !band) return null;
  const years = f.length - last.period.t;
  if (years <= 0) return null;
  const target = referenceValue(band, f.direction);
  const estimate = last.actual.estimate;
  const rule = KIND_RULES[f.kind].pace;
  const halfYearly = last.period.half !== null;
  if (rule === "rate") {
    const a = last.actual.value;
    if (a <= 0 || target <= 0) return null;
    return { perPeriod: (Math.pow(target / a, 1 / years) - 1) * 100, per: "year", periods: years, estimate };
  }
  const from = rule === "amount" ? last.cumActual : last.actual;
  if (!from) return null;
  const periods = halfYearly ? Math.round(years * 2) : years;
  return {
    perPeriod: (target - from.value) / periods,
    per: halfYearly ? "halfYear" : "year",
    periods,
    estimate: rule === "amount" ? from.estimate : estimate,
  };
}
