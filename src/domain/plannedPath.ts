// The planned value of each year of one series, derived from what the planner gave:
// - amounts: the yearly targets, or the programme total split evenly;
// - levels and shares: the yearly targets, and between them a straight path from the baseline to
//   the end target (DECISIONS.md); without a baseline only the years given have a plan;
// - growth: baseline × (1 + rate)ⁿ from the baseline year, a range of rates giving a band, each end
//   compounded on its own; without a baseline the path is "no data".
// Bound words belong to the target as written, at its year: derived values are plain numbers.
import { KIND_RULES } from "./kindRules";
import type { Indicator, Series } from "./schema";
import { type Band, fromBand, mapBand, plainBand, toBand } from "./targets";
import { splitTarget, isWholeUnit, sumTargets } from "./splits";

export interface PlanContext {
  startYear: number;
  endYear: number;
  /** Year the baseline refers to (effectiveBaselineYear). */
  baselineYear: number;
}

export interface YearPlan {
  year: number;
  /** Amounts: the year's amount. Others: the planned level or share at year end. */
  band: Band | null;
  /** True when the planner typed this year's target; false when it is derived. */
  given: boolean;
}

export function yearlyPlan(ind: Pick<Indicator, "kind" | "unit">, s: Series, ctx: PlanContext): YearPlan[] {
  switch (KIND_RULES[ind.kind].path) {
    case "split":
      return amountPlan(ind.unit, s, ctx);
    case "straight":
      return levelPlan(s, ctx);
    case "compound":
      return growthPlan(s, ctx);
  }
}

function years(ctx: PlanContext): number[] {
  const out: number[] = [];
  for (let y = ctx.startYear; y <= ctx.endYear; y++) out.push(y);
  return out;
}

function amountPlan(unit: Indicator["unit"], s: Series, ctx: PlanContext): YearPlan[] {
  const ys = years(ctx);
  const missing = ys.filter((y) => !s.plan[String(y)]);
  // The part of the total not yet given to a year is split evenly over the years left open.
  let split: Band[] = [];
  if (s.total && missing.length > 0) {
    const total = toBand(s.total);
    const given = ys.map((y) => s.plan[String(y)]).filter((t) => t !== undefined);
    const givenSum = given.reduce((acc, t) => ({ lo: acc.lo + toBand(t).lo, hi: acc.hi + toBand(t).hi }), {
      lo: 0,
      hi: 0,
    });
    const rest: Band = { lo: total.lo - givenSum.lo, hi: total.hi - givenSum.hi, bound: total.bound };
    if (rest.lo >= 0 && rest.hi >= 0) {
      split = splitTarget(fromBand(rest), missing.length, isWholeUnit(unit)).map(toBand);
    }
  }
  return ys.map((year) => {
    const given = s.plan[String(year)];
    if (given) return { year, band: toBand(given), given: true };
    const part = split[missing.indexOf(year)];
    return { year, band: part ? plainBand(part.lo, part.hi) : null, given: false };
  });
}

interface Anchor {
  year: number;
  band: Band;
}

function levelPlan(s: Series, ctx: PlanContext): YearPlan[] {
  const ys = years(ctx);
  const anchors: Anchor[] = [];
  if (s.baseline !== null) {
    anchors.push({ year: ctx.baselineYear, band: { lo: s.baseline, hi: s.baseline, bound: "exact" } });
  }
  for (const y of ys) {
    const t = s.plan[String(y)];
    if (t) anchors.push({ year: y, band: toBand(t) });
  }
  if (s.total && !s.plan[String(ctx.endYear)]) anchors.push({ year: ctx.endYear, band: toBand(s.total) });
  anchors.sort((a, b) => a.year - b.year);

  return ys.map((year) => {
    const given = s.plan[String(year)];
    if (given) return { year, band: toBand(given), given: true };
    return { year, band: interpolate(anchors, year), given: false };
  });
}

/** Straight line between the anchors around `year`; null outside them. */
function interpolate(anchors: readonly Anchor[], year: number): Band | null {
  let before: Anchor | undefined;
  let after: Anchor | undefined;
  for (const a of anchors) {
    if (a.year <= year) before = a;
    if (a.year >= year && !after) after = a;
  }
  if (!before || !after) return null;
  if (before.year === after.year) return after.band;
  const f = (year - before.year) / (after.year - before.year);
  // On the path the values are plain numbers: the target's wording belongs to its own year.
  return plainBand(
    before.band.lo + (after.band.lo - before.band.lo) * f,
    before.band.hi + (after.band.hi - before.band.hi) * f,
  );
}

function growthPlan(s: Series, ctx: PlanContext): YearPlan[] {
  const ys = years(ctx);
  let level: Band | null = s.baseline === null ? null : plainBand(s.baseline, s.baseline);
  // The path starts at the baseline year, like a level's: a baseline year inside the programme has
  // the baseline as its plan. Years between the baseline year and the start compound at the first
  // available rate.
  const out: YearPlan[] = [];
  if (ctx.baselineYear >= ctx.startYear) out.push({ year: ctx.baselineYear, band: level, given: false });
  for (let y = ctx.baselineYear + 1; y <= ctx.endYear; y++) {
    const given = s.plan[String(y)];
    const rate = given ?? s.total;
    if (level && rate) {
      const r = toBand(rate);
      const lo = level.lo * (1 + r.lo / 100);
      const hi = level.hi * (1 + r.hi / 100);
      // The rate's wording holds where it was written: its own year, or the end for the programme's.
      const worded = given !== undefined || y === ctx.endYear;
      level = worded ? { lo, hi, bound: r.bound, ...(r.about ? { about: true } : {}) } : plainBand(lo, hi);
    } else {
      level = null;
    }
    if (y >= ctx.startYear) out.push({ year: y, band: level, given: Boolean(given) });
  }
  // A baseline year inside or after the programme: earlier years have no planned path.
  return ys.map((year) => out.find((p) => p.year === year) ?? { year, band: null, given: false });
}

/** The rate of growth planned for a year (growth indicators): the year's own or the programme's. */
export function growthRate(s: Series, year: number): Band | null {
  const t = s.plan[String(year)] ?? s.total;
  return t ? toBand(t) : null;
}

/**
 * The programme total (amounts), the end target (levels, shares) or the planned level at the end
 * (growth), given or derived. `given` tells whether the planner typed it.
 */
export function programmeTarget(
  ind: Pick<Indicator, "kind" | "unit">,
  s: Series,
  ctx: PlanContext,
): { band: Band | null; given: boolean } {
  const path = KIND_RULES[ind.kind].path;
  if (path === "split") {
    if (s.total) return { band: toBand(s.total), given: true };
    const yearly = years(ctx).map((y) => s.plan[String(y)]);
    if (yearly.some((t) => !t)) return { band: null, given: false };
    const sum = sumTargets(yearly.filter((t) => t !== undefined));
    return { band: sum ? toBand(sum) : null, given: false };
  }
  if (path === "compound") {
    const end = yearlyPlan(ind, s, ctx).at(-1)?.band ?? null;
    return { band: end, given: false };
  }
  if (s.total) return { band: toBand(s.total), given: true };
  const end = s.plan[String(ctx.endYear)];
  return { band: end ? toBand(end) : null, given: Boolean(end) };
}

/** Half of a yearly amount, or the midpoint of the planned path over the year for levels. */
export function firstHalfPlan(
  kind: Indicator["kind"],
  yearBand: Band | null,
  previous: Band | null,
): Band | null {
  if (!yearBand) return null;
  if (KIND_RULES[kind].firstHalf === "half") return plainOf(mapBand(yearBand, (v) => v / 2));
  if (!previous) return null;
  return plainBand((previous.lo + yearBand.lo) / 2, (previous.hi + yearBand.hi) / 2);
}

function plainOf(b: Band): Band {
  return plainBand(b.lo, b.hi);
}
