// Where the programme is heading, from the pace so far, and the pace it still needs.
// - Amounts: the cumulative actual continues at its average pace per year.
// - Levels and shares: the line from the baseline (or the first actual) through the last actual.
// - Growth: the growth so far continues compounding.
// The required pace is per year over the years left after the last actual.
import type { Fig } from "./actuals";
import type { PointFigures, SeriesFigures } from "./figures";
import { referenceValue } from "./targets";

interface Anchor {
  t: number;
  value: number;
}

function startAnchor(f: SeriesFigures, last: PointFigures): Anchor | null {
  if (f.baseline !== null && f.baselineT < last.period.t) return { t: f.baselineT, value: f.baseline };
  const first = f.points.find((p) => p.actual && p.period.t < last.period.t);
  return first?.actual ? { t: first.period.t, value: first.actual.value } : null;
}

/** The value expected at the end of the programme if the pace so far continues. */
export function forecastEnd(f: SeriesFigures): Fig | null {
  const last = f.points[f.lastIndex];
  if (!last?.actual) return null;
  const tLast = last.period.t;
  const remaining = f.length - tLast;
  const estimate = last.actual.estimate;
  if (f.kind === "amount") {
    const cum = last.cumActual;
    if (!cum) return null;
    return { value: cum.value + (cum.value / tLast) * remaining, estimate: cum.estimate };
  }
  const a = last.actual.value;
  const from = startAnchor(f, last);
  if (!from) return remaining === 0 ? { value: a, estimate } : null;
  const span = tLast - from.t;
  if (f.kind === "growth") {
    if (from.value <= 0 || a <= 0) return null;
    return { value: a * Math.pow(a / from.value, remaining / span), estimate };
  }
  let value = a + ((a - from.value) / span) * remaining;
  if (f.kind === "share") value = Math.min(100, Math.max(0, value));
  return { value, estimate };
}

export interface RequiredPace {
  /** Per year: an amount, a change in level (percentage points for shares), or a growth rate in %. */
  perYear: number;
  /** Years left after the last actual. */
  years: number;
  estimate: boolean;
}

/** The pace per year still needed, over the remaining years, to reach the programme target. */
export function requiredPace(f: SeriesFigures): RequiredPace | null {
  const last = f.points[f.lastIndex];
  if (!last?.actual || !f.target) return null;
  const years = f.length - last.period.t;
  if (years <= 0) return null;
  const target = referenceValue(f.target, f.direction);
  const estimate = last.actual.estimate;
  if (f.kind === "amount") {
    const cum = last.cumActual;
    return cum ? { perYear: (target - cum.value) / years, years, estimate: cum.estimate } : null;
  }
  const a = last.actual.value;
  if (f.kind === "growth") {
    if (a <= 0 || target <= 0) return null;
    return { perYear: (Math.pow(target / a, 1 / years) - 1) * 100, years, estimate };
  }
  return { perYear: (target - a) / years, years, estimate };
}
