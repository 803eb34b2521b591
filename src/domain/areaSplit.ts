// Splitting a province target over its sub-areas (communes): in equal parts, by a column of figures
// pasted from Excel, or in proportion to a baseline (each commune's number of HTX in 2025). Counts
// are split in whole units; the units left over after rounding down go, one each, to the sub-areas
// whose exact share lost the most to rounding, ties to the earliest in the plan's order — for equal
// parts that is DECISIONS.md's "remainder to the earliest" (3 over 5 → 1, 1, 1, 0, 0).
import type { Edit } from "./edits";
import type { SingleBound } from "./schema";
import { splitEvenly } from "./splits";

export type SplitProblem =
  /** Every weight is zero (or there are none): there is nothing to be proportional to. */
  | "noWeights"
  /** A weight below zero: a baseline cannot be negative. */
  | "negativeWeight"
  /** A weight that is not a number. */
  | "badWeight";

export type SplitResult = { ok: true; values: number[] } | { ok: false; problem: SplitProblem };

/**
 * `total` split in proportion to `weights`. A zero weight gets nothing. With `whole`, every part is
 * a whole number and the parts add up to the total exactly (largest remainders, ties to the earliest).
 */
export function splitByProportion(total: number, weights: readonly number[], whole: boolean): SplitResult {
  if (weights.some((w) => !Number.isFinite(w))) return { ok: false, problem: "badWeight" };
  if (weights.some((w) => w < 0)) return { ok: false, problem: "negativeWeight" };
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return { ok: false, problem: "noWeights" };
  const exact = weights.map((w) => (total * w) / sum);
  if (!whole || !Number.isInteger(total)) return { ok: true, values: exact };
  const sign = total < 0 ? -1 : 1;
  const magnitude = exact.map((x) => Math.abs(x));
  const floors = magnitude.map((x) => Math.floor(x + 1e-9));
  let left = Math.abs(total) - floors.reduce((a, b) => a + b, 0);
  const order = magnitude
    .map((x, i) => ({ i, lost: x - (floors[i] as number), weight: weights[i] as number }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.lost - a.lost || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    left -= 1;
  }
  return { ok: true, values: floors.map((v) => sign * v + 0) };
}

/** `total` in `parts` equal parts; whole units give the remainder to the earliest sub-areas. */
export function splitEqually(total: number, parts: number, whole: boolean): number[] {
  return splitEvenly(total, parts, whole);
}

/** How far the parts fall short of the target (positive: "còn thiếu"), or go beyond it (negative). */
export function splitGap(target: number, parts: readonly (number | null)[]): number {
  const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0);
  return target - sum;
}

/**
 * The one edit that writes a split: `key` ("total" or "plan:<year>") of the indicator set in each
 * sub-area to its part, worded with `bound` ("exact", "atLeast"…). A null part clears nothing and
 * writes nothing.
 */
export function splitEdit(
  indicatorId: string,
  areaIds: readonly string[],
  key: string,
  values: readonly (number | null)[],
  bound: SingleBound,
): Edit {
  const edits: Edit[] = [];
  areaIds.forEach((area, i) => {
    const value = values[i];
    if (value === null || value === undefined) return;
    edits.push({ type: "setCell", indicatorId, area, key, value: { bound, value } });
  });
  return { type: "batch", edits };
}
