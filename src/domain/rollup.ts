// Whole-plan figures from sub-areas (DECISIONS.md "Sub-areas"): amounts and levels of the whole plan
// are the sums of their sub-areas; a share of the whole plan is Σ numerators ÷ Σ denominators, and
// a share without numerator and denominator in every sub-area has no whole-plan value — never an
// average. Planned shares combine only when every sub-area plans the same share.
import { type Fig, sumFigs } from "./actuals";
import { type Achievement, achievementOfPoint } from "./achievement";
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

/**
 * Figures of one indicator for a group of sub-areas (a former province or district kept as a group):
 * the same roll-up as the whole plan's, over the group's sub-areas only — amounts and levels sum,
 * shares are Σ numerators ÷ Σ denominators, coverage counts the group's sub-areas. Null when none of
 * them has figures.
 */
export function groupFigures(
  plan: Pick<Plan, "startYear" | "endYear" | "baselineYear" | "reporting">,
  ind: Indicator,
  areaIds: readonly string[],
): SeriesFigures | null {
  const parts = areaIds.flatMap((id) => {
    const s = ind.series[id];
    return s ? [seriesFigures(plan, ind, s)] : [];
  });
  const key = areaIds.join("\u0000");
  let byGroup = groupCache.get(ind);
  if (!byGroup) groupCache.set(ind, (byGroup = new Map()));
  const previous = byGroup.get(key);
  if (previous && previous.parts.length === parts.length && previous.parts.every((p, i) => p === parts[i])) {
    return previous.whole;
  }
  const whole = combineFigures(parts, areaIds.length);
  byGroup.set(key, { parts, whole });
  return whole;
}

const groupCache = new WeakMap<
  Indicator,
  Map<string, { parts: readonly SeriesFigures[]; whole: SeriesFigures | null }>
>();

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

/**
 * Combine the figures of several sub-areas into the whole plan's (or a group's). Each point compares
 * like with like: the actual of the sub-areas that reported, with the plan, baseline and target of
 * the same sub-areas, and says how many they are (coverage "2/3"). `of` is how many sub-areas the
 * coverage counts (those without a series have no actual either); the parts by default.
 */
export function combineFigures(parts: readonly SeriesFigures[], of = parts.length): SeriesFigures | null {
  const first = parts[0];
  if (!first) return null;
  const share = KIND_RULES[first.kind].wholePlan === "ratioOfSums";
  const combineBand = share ? sameBand : sumBands;

  const points: PointFigures[] = first.points.map((_, i) => combinePoint(parts, i, share, of));

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

/**
 * Achievement to date of several sub-areas combined — achievementToDate(combineFigures(parts, of)) —
 * with only the last period that has an actual combined: the status table judges the groups and the
 * whole plan on 120 indicators of 170 sub-areas at once (issue 14).
 */
export function combinedToDate(parts: readonly SeriesFigures[], of = parts.length): Achievement | null {
  const first = parts[0];
  if (!first) return null;
  const share = KIND_RULES[first.kind].wholePlan === "ratioOfSums";
  // The whole's actual of a period exists when one sub-area's does (sums), or when every sub-area
  // has its numerator and denominator and the denominators add up to more than 0 (shares).
  const i = share ? lastShareIndex(parts) : Math.max(...parts.map((f) => f.lastIndex));
  if (i < 0) return null;
  const combineBand = share ? sameBand : sumBands;
  const judged = {
    kind: first.kind,
    direction: first.direction,
    basis: first.basis,
    baseline: combineBaseline(
      share,
      parts.map((f) => f.baseline),
    ),
    target: combineBand(parts.map((f) => f.target)),
  };
  return achievementOfPoint(judged, combinePoint(parts, i, share, of));
}

function lastShareIndex(parts: readonly SeriesFigures[]): number {
  for (let i = (parts[0]?.points.length ?? 0) - 1; i >= 0; i--) {
    let denominator = 0;
    let all = true;
    for (const f of parts) {
      const q = f.points[i]?.parts;
      if (!q) {
        all = false;
        break;
      }
      denominator += q.denominator;
    }
    if (all && denominator > 0) return i;
  }
  return -1;
}

/**
 * Period i of the figures of several sub-areas combined (see combineFigures): like with like, the
 * actual of the sub-areas that reported with the plan, baseline and target of the same sub-areas.
 */
export function combinePoint(
  parts: readonly SeriesFigures[],
  i: number,
  share: boolean,
  of: number,
): PointFigures {
  const combineBand = share ? sameBand : sumBands;
  const p0 = (parts[0] as SeriesFigures).points[i] as PointFigures;
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
    coverage: { have: actual ? reporting.length : 0, of: Math.max(of, parts.length) },
    baseline: combineBaseline(
      share,
      sameParts.map((f) => f.baseline),
    ),
    target: combineBand(sameParts.map((f) => f.target)),
  };
}

/** Baselines of sub-areas: summed, or for shares kept only when every sub-area has the same. */
export function combineBaseline(share: boolean, baselines: readonly (number | null)[]): number | null {
  if (!share) return sumOrNull(baselines);
  return baselines.every((b) => b === baselines[0]) ? (baselines[0] ?? null) : null;
}
