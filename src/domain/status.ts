// Status of an indicator (DECISIONS.md "Status"). The thresholds live here, in one place.
import type { Direction } from "./schema";
import { type Band, referenceValue } from "./targets";

export const STATUS_THRESHOLDS = {
  /** Achievement from which an indicator is on track (1 = 100%). */
  onTrack: 1,
  /** Achievement from which an indicator is at risk rather than off track. */
  atRisk: 0.8,
  /** "About 50" counts as met within ±10%. */
  aboutTolerance: 0.1,
} as const;

export type Status = "onTrack" | "atRisk" | "offTrack" | "noData";
export const STATUSES: readonly Status[] = ["onTrack", "atRisk", "offTrack", "noData"];

/**
 * Whether a value meets a target as it is worded: "at least" is met at the bound, "more than"
 * needs strictly more, "about" is met within ±10% (or beyond it in the good direction), a range is
 * met from its minimum (for lower-is-better, up to its maximum).
 */
export function meetsTarget(value: number, target: Band, direction: Direction): boolean {
  const ref = referenceValue(target, direction);
  const better = (a: number, b: number) => (direction === "lower" ? a <= b : a >= b);
  switch (target.bound) {
    case "exact":
    case "range":
      return better(value, ref);
    case "atLeast":
      return value >= ref;
    case "moreThan":
      return value > ref;
    case "atMost":
      return value <= ref;
    case "about":
      return Math.abs(value - ref) <= STATUS_THRESHOLDS.aboutTolerance * Math.abs(ref) || better(value, ref);
  }
}

/** Status from achievement (a ratio, 1 = 100%) and whether the target as worded is met. */
export function statusOf(achievement: number | null, met: boolean | null): Status {
  if (achievement === null || met === null) return "noData";
  if (met) return "onTrack";
  if (achievement >= STATUS_THRESHOLDS.atRisk) return "atRisk";
  return "offTrack";
}
