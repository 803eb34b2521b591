// Status of an indicator (DECISIONS.md "Status"). The thresholds live here, in one place, and every
// one of them is read here: status is judged on one figure (the share of the planned gain where a
// baseline exists, else đạt % KH), with the wording of the target it is measured against.
import type { Direction } from "./schema";
import { type Band, isAbout } from "./targets";

export const STATUS_THRESHOLDS = {
  /** The judging figure from which an indicator is on track (1 = 100%). */
  onTrack: 1,
  /** The judging figure from which an indicator is at risk rather than off track. */
  atRisk: 0.8,
  /** "About" lowers the on-track line by this much (to 90%). */
  aboutTolerance: 0.1,
} as const;

/** "checkTarget": the target lies on the wrong side of its baseline for its direction. */
export type Status = "onTrack" | "atRisk" | "offTrack" | "noData" | "checkTarget";
export const STATUSES: readonly Status[] = ["onTrack", "atRisk", "offTrack", "noData", "checkTarget"];

/** The on-track line for a target as worded: 90% for "about", else 100%. */
export function onTrackLine(target: Band): number {
  return isAbout(target)
    ? STATUS_THRESHOLDS.onTrack - STATUS_THRESHOLDS.aboutTolerance
    : STATUS_THRESHOLDS.onTrack;
}

/**
 * Whether the judging figure (1 = the planned value reached) meets the target as worded: "about"
 * from 90%, "at least", "at most", exact and ranges (already measured from their near end) at 100%,
 * "more than" above 100%.
 */
export function meetsFigure(figure: number, target: Band): boolean {
  if (target.bound === "moreThan") return figure > STATUS_THRESHOLDS.onTrack;
  return figure >= onTrackLine(target);
}

/** Status from the judging figure (a ratio, 1 = 100%) and the wording of the target. */
export function statusOf(figure: number | null, target: Band | null): Status {
  if (figure === null || target === null) return "noData";
  if (meetsFigure(figure, target)) return "onTrack";
  if (figure >= STATUS_THRESHOLDS.atRisk) return "atRisk";
  return "offTrack";
}

/**
 * Whether a value itself meets a target as worded, for the figures without a ratio (a plan of 0,
 * an actual of 0 against a lower-is-better plan): compared from the target's near end.
 */
export function meetsValue(value: number, target: Band, direction: Direction): boolean {
  const ref = direction === "lower" ? target.hi : target.lo;
  if (direction === "lower") return target.bound === "moreThan" ? value < ref : value <= ref;
  return target.bound === "moreThan" ? value > ref : value >= ref;
}
