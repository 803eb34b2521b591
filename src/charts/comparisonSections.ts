// What the sub-area comparison shows of a long list (issue 14, a province of 170 communes): the ten
// highest and the ten lowest, with their rank, and the rest on demand; a short list whole. Rows
// without a figure are never ranked nor drawn as zero: they are listed apart. Pure.
import { type AreaAchievement, shownRatio } from "./subAreaComparison";

/** How many rows each end of a long list shows. */
export const EACH_END = 10;

export interface RankedRow extends AreaAchievement {
  /** 1 for the highest; rows shown alike share a rank (1, 2, 2, 4). */
  rank: number;
}

export type ComparisonView =
  | {
      kind: "all";
      rows: RankedRow[];
      /** Rows without a figure at that period, by name. */
      missing: AreaAchievement[];
    }
  | {
      kind: "ends";
      top: RankedRow[];
      bottom: RankedRow[];
      /** Rows with a figure between the two ends, not shown. */
      hidden: number;
      /** Hidden rows shown alike the last of the top (the first of the bottom): they tie with it. */
      topTies: number;
      bottomTies: number;
      missing: AreaAchievement[];
    };

/** Ranks of rows sorted best first (see byAchievement); rows without a figure are left out. */
export function rankRows(sorted: readonly AreaAchievement[]): RankedRow[] {
  const out: RankedRow[] = [];
  for (const [i, r] of sorted.entries()) {
    if (r.ratio === null) continue;
    const prev = out[out.length - 1];
    const same = prev?.ratio != null && shownRatio(prev.ratio) === shownRatio(r.ratio);
    out.push({ ...r, rank: same && prev ? prev.rank : i + 1 });
  }
  return out;
}

/**
 * The rows to show: every ranked row when asked (`all`) or when there are at most 2 × `each`,
 * else the `each` highest and the `each` lowest.
 */
export function comparisonView(
  sorted: readonly AreaAchievement[],
  all: boolean,
  each = EACH_END,
): ComparisonView {
  const ranked = rankRows(sorted);
  const missing = sorted.filter((r) => r.ratio === null);
  if (all || ranked.length <= 2 * each) return { kind: "all", rows: ranked, missing };
  const top = ranked.slice(0, each);
  const bottom = ranked.slice(ranked.length - each);
  const middle = ranked.slice(each, ranked.length - each);
  const tiesWith = (row: RankedRow | undefined) => middle.filter((r) => r.rank === row?.rank).length;
  return {
    kind: "ends",
    top,
    bottom,
    hidden: middle.length,
    topTies: tiesWith(top[top.length - 1]),
    bottomTies: tiesWith(bottom[0]),
    missing,
  };
}
