// Totals and yearly splits (DECISIONS.md "Totals and splits"): a programme total without yearly
// figures is split evenly, whole-number units giving the remainder to the earliest years
// (3 over 5 years → 1, 1, 1, 0, 0); a range or bound is split end by end. A yearly split without a
// total gives the total as its sum.
import { type Target, type Unit, WHOLE_UNITS } from "./schema";
import { addBands, fromBand, toBand } from "./targets";

export function splitEvenly(total: number, parts: number, whole: boolean): number[] {
  if (parts <= 0) return [];
  if (!whole || !Number.isInteger(total)) return Array.from({ length: parts }, () => total / parts);
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < remainder ? 1 : 0));
}

export function isWholeUnit(unit: Unit): boolean {
  return WHOLE_UNITS.has(unit);
}

/** Split a programme total across `parts` years, keeping its wording. */
export function splitTarget(total: Target, parts: number, whole: boolean): Target[] {
  const band = toBand(total);
  const los = splitEvenly(band.lo, parts, whole);
  const his = band.lo === band.hi ? los : splitEvenly(band.hi, parts, whole);
  return los.map((lo, i) => fromBand({ lo, hi: his[i] ?? lo, bound: band.bound }));
}

/** The programme total as the sum of yearly targets; null when there are none. */
export function sumTargets(yearly: readonly Target[]): Target | null {
  const sum = addBands(yearly.map(toBand));
  return sum ? fromBand(sum) : null;
}
