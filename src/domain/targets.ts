// A target as a band [lo, hi] with its wording. Exact targets have lo = hi; a range keeps both ends;
// "at least 20" is the band [20, 20] worded "atLeast". Arithmetic on targets works end by end.
import type { Bound, Direction, Target } from "./schema";

export interface Band {
  lo: number;
  hi: number;
  bound: Bound;
  /** An approximate range ("khoảng 20–30%"): judged like "about" from its near end. */
  about?: boolean;
}

export function toBand(t: Target): Band {
  if (t.bound !== "range") return { lo: t.value, hi: t.value, bound: t.bound };
  return t.about === true
    ? { lo: t.min, hi: t.max, bound: "range", about: true }
    : { lo: t.min, hi: t.max, bound: "range" };
}

export function fromBand(b: Band): Target {
  if (b.bound === "range" || b.lo !== b.hi) {
    return b.about === true
      ? { bound: "range", min: b.lo, max: b.hi, about: true }
      : { bound: "range", min: b.lo, max: b.hi };
  }
  return { bound: b.bound, value: b.lo };
}

/**
 * A planned value on the path between the baseline and a target: a plain number (or band), without
 * the target's wording — bound words belong to the target as written, at its year (DECISIONS.md
 * "Status").
 */
export function plainBand(lo: number, hi: number): Band {
  return lo === hi ? { lo, hi, bound: "exact" } : { lo, hi, bound: "range" };
}

/** Whether a band is worded "about" (a single value, or an approximate range). */
export function isAbout(b: Band): boolean {
  return b.bound === "about" || b.about === true;
}

/** The value achievement is measured against: a range is met from its minimum, or for
 * lower-is-better indicators up to its maximum. */
export function referenceValue(b: Band, direction: Direction): number {
  return direction === "lower" ? b.hi : b.lo;
}

/** The wording a sum or combination of targets keeps: the common one, else a range if the ends
 * differ, else exact. */
export function combineBounds(bounds: readonly Bound[], lo: number, hi: number): Bound {
  if (lo !== hi) return "range";
  const first = bounds[0];
  if (first !== undefined && first !== "range" && bounds.every((b) => b === first)) return first;
  return "exact";
}

export function addBands(bands: readonly Band[]): Band | null {
  if (bands.length === 0) return null;
  let lo = 0;
  let hi = 0;
  // The common wording of the bands, as combineBounds() finds it, without a list of them: this
  // runs for every period of every series (20,400 series in a province of 170 communes).
  const first = (bands[0] as Band).bound;
  let same = first !== "range";
  for (const b of bands) {
    lo += b.lo;
    hi += b.hi;
    if (b.bound !== first) same = false;
  }
  return { lo, hi, bound: lo !== hi ? "range" : same ? first : "exact" };
}

export function scaleBand(b: Band, f: number): Band {
  return { lo: b.lo * f, hi: b.hi * f, bound: b.bound };
}

export function mapBand(b: Band, fn: (v: number) => number): Band {
  const lo = fn(b.lo);
  const hi = fn(b.hi);
  return { lo: Math.min(lo, hi), hi: Math.max(lo, hi), bound: b.bound };
}

export function targetsEqual(a: Target | null | undefined, b: Target | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.bound === "range" || b.bound === "range") {
    return (
      a.bound === "range" &&
      b.bound === "range" &&
      a.min === b.min &&
      a.max === b.max &&
      (a.about === true) === (b.about === true)
    );
  }
  return a.bound === b.bound && a.value === b.value;
}
