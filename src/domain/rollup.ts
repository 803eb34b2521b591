// Whole-plan figures from sub-areas (DECISIONS.md "Sub-areas"): amounts and levels of the whole plan
// are the sums of their sub-areas; a share of the whole plan is Σ numerators ÷ Σ denominators, and
// a share without numerator and denominator in every sub-area has no whole-plan value — never an
// average. Planned shares combine only when every sub-area plans the same share.
import { type Fig, sumFigs } from "./actuals";
import { type PointFigures, type SeriesFigures, lastActualIndex, seriesFigures } from "./figures";
import { KIND_RULES } from "./kindRules";
import type { Indicator, Plan } from "./schema";
import { WHOLE_AREA } from "./schema";
import { addBands, type Band } from "./targets";

/** Figures of one indicator for the whole plan (area omitted) or for one sub-area. */
export function indicatorFigures(
  plan: Pick<Plan, "startYear" | "endYear" | "baselineYear" | "reporting" | "subAreas">,
  ind: Indicator,
  area?: string,
): SeriesFigures | null {
  if (area !== undefined && area !== WHOLE_AREA) {
    const s = ind.series[area];
    return s ? seriesFigures(plan, ind, s) : null;
  }
  if (plan.subAreas.length === 0) {
    const s = ind.series[WHOLE_AREA];
    return s ? seriesFigures(plan, ind, s) : null;
  }
  // The whole plan is recombined only when one of its sub-areas' figures changed.
  const parts = plan.subAreas.flatMap((a) => {
    const s = ind.series[a.id];
    return s ? [seriesFigures(plan, ind, s)] : [];
  });
  const previous = rollupCache.get(ind);
  if (previous && previous.parts.length === parts.length && previous.parts.every((p, i) => p === parts[i])) {
    return previous.whole;
  }
  const whole = combineFigures(parts);
  rollupCache.set(ind, { parts, whole });
  return whole;
}

/** Last whole-plan figures of each indicator, with the sub-area figures they were combined from. */
const rollupCache = new WeakMap<
  Indicator,
  { parts: readonly SeriesFigures[]; whole: SeriesFigures | null }
>();

function sameBand(bands: readonly (Band | null)[]): Band | null {
  const first = bands[0];
  if (!first) return null;
  return bands.every((b) => b && b.lo === first.lo && b.hi === first.hi) ? first : null;
}

function sumBands(bands: readonly (Band | null)[]): Band | null {
  if (bands.some((b) => b === null)) return null;
  return addBands(bands as Band[]);
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return (values as number[]).reduce((a, b) => a + b, 0);
}

/** Combine the figures of several sub-areas into the whole plan's. Each point compares like with
 * like: the actual of the sub-areas that reported, with the plan, baseline and target of the same
 * sub-areas, and says how many they are (coverage "2/3"). */
export function combineFigures(parts: readonly SeriesFigures[]): SeriesFigures | null {
  const first = parts[0];
  if (!first) return null;
  const share = KIND_RULES[first.kind].wholePlan === "ratioOfSums";
  const combineBand = share ? sameBand : sumBands;

  const points: PointFigures[] = first.points.map((p0, i) => {
    const at = parts.map((f) => f.points[i] as PointFigures);
    let actual: Fig | null;
    let parts2: PointFigures["parts"] = null;
    // The sub-areas the whole plan's actual rests on.
    let reporting: number[];
    if (share) {
      const all = at.every((p) => p.parts !== null);
      reporting = all ? at.map((_, k) => k) : [];
      if (all) {
        const numerator = at.reduce((s, p) => s + (p.parts?.numerator ?? 0), 0);
        const denominator = at.reduce((s, p) => s + (p.parts?.denominator ?? 0), 0);
        parts2 = { numerator, denominator };
        actual =
          denominator > 0
            ? { value: (numerator / denominator) * 100, estimate: at.some((p) => p.actual?.estimate) }
            : null;
      } else {
        actual = null;
      }
    } else {
      reporting = at.flatMap((p, k) => (p.actual ? [k] : []));
      actual = sumFigs(at.map((p) => p.actual));
    }
    const same = reporting.length > 0 ? reporting.map((k) => at[k] as PointFigures) : at;
    const sameParts = reporting.length > 0 ? reporting.map((k) => parts[k] as SeriesFigures) : parts;
    const cumActual = share ? actual : actual ? sumFigs(same.map((p) => p.cumActual)) : null;
    return {
      period: p0.period,
      plan: combineBand(at.map((p) => p.plan)),
      cumPlan: combineBand(at.map((p) => p.cumPlan)),
      actual,
      cumActual,
      parts: parts2,
      reportedPlan: combineBand(same.map((p) => p.reportedPlan)),
      reportedCumPlan: combineBand(same.map((p) => p.reportedCumPlan)),
      missing: [...new Set(same.flatMap((p) => p.missing))],
      reportedYears: Math.max(...same.map((p) => p.reportedYears)),
      coverage: { have: actual ? reporting.length : 0, of: parts.length },
      baseline: combineBaseline(
        share,
        sameParts.map((f) => f.baseline),
      ),
      target: combineBand(sameParts.map((f) => f.target)),
    };
  });

  return {
    ...first,
    baseline: combineBaseline(
      share,
      parts.map((f) => f.baseline),
    ),
    years: first.years.map((y, i) => ({
      year: y.year,
      band: combineBand(parts.map((f) => f.years[i]?.band ?? null)),
      given: false,
    })),
    yearActuals: first.years.map((y, i) =>
      share
        ? (points.find((p) => p.period.year === y.year && p.period.half !== "H1")?.actual ?? null)
        : sumFigs(parts.map((f) => f.yearActuals[i] ?? null)),
    ),
    target: combineBand(parts.map((f) => f.target)),
    targetGiven: false,
    points,
    lastIndex: lastActualIndex(points),
    parts,
  };
}

/** Baselines of sub-areas: summed, or for shares kept only when every sub-area has the same. */
function combineBaseline(share: boolean, baselines: readonly (number | null)[]): number | null {
  if (!share) return sumOrNull(baselines);
  return baselines.every((b) => b === baselines[0]) ? (baselines[0] ?? null) : null;
}
