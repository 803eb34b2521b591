// The sub-areas compared for one indicator at one period: achievement per sub-area (to the end of
// the period: cumulative for amounts, the position for levels and shares), best first — or per group
// of sub-areas (a former province inside a merged one), rolled up as the whole plan is. Pure.
import { type Achievement, achievementAt } from "../domain/achievement";
import type { SeriesFigures } from "../domain/figures";
import { groupFigures, indicatorFigures } from "../domain/rollup";
import type { Indicator, Plan } from "../domain/schema";
import type { Status } from "../domain/status";

export interface AreaAchievement {
  /** The sub-area's id, or the group's (UNGROUPED for the sub-areas outside every group). */
  areaId: string;
  name: string;
  /** Ratio, 1 = 100%; null when the sub-area has no actual or no plan at that period. */
  ratio: number | null;
  status: Status;
  estimate: boolean;
  achievement: Achievement | null;
  /** The name of the sub-area's group; null for a sub-area outside every group and for groups. */
  group: string | null;
  /** For a group: how many sub-areas it holds. */
  size?: number;
}

/** The id of the row that gathers the sub-areas outside every group. */
export const UNGROUPED = "";

type PlanSpan = Pick<Plan, "startYear" | "endYear" | "baselineYear" | "reporting" | "subAreas">;

const collator = new Intl.Collator("vi", { numeric: true });

/** The value as shown (to a tenth of a percent): values shown alike rank alike. */
export function shownRatio(ratio: number): number {
  return Math.round(ratio * 1000);
}

function rowOf(
  f: SeriesFigures | null,
  periodKey: string,
  row: Pick<AreaAchievement, "areaId" | "name" | "group" | "size">,
): AreaAchievement {
  const i = f ? f.points.findIndex((p) => p.period.key === periodKey) : -1;
  const achievement = f && i >= 0 ? achievementAt(f, i) : null;
  return {
    ...row,
    ratio: achievement?.planShare ?? null,
    status: achievement?.status ?? "noData",
    estimate: achievement?.estimate ?? false,
    achievement,
  };
}

/** Highest achievement first (as shown; equal ones by name); rows without a figure last, by name. */
export function byAchievement(a: AreaAchievement, b: AreaAchievement): number {
  if (a.ratio === null || b.ratio === null) {
    if (a.ratio !== b.ratio) return a.ratio === null ? 1 : -1;
    return collator.compare(a.name, b.name);
  }
  return shownRatio(b.ratio) - shownRatio(a.ratio) || collator.compare(a.name, b.name);
}

export function compareSubAreas(
  plan: PlanSpan & Partial<Pick<Plan, "subAreaGroups">>,
  ind: Indicator,
  periodKey: string,
): AreaAchievement[] {
  const groupName = new Map((plan.subAreaGroups ?? []).map((g) => [g.id, g.name]));
  return plan.subAreas
    .map((a) =>
      rowOf(indicatorFigures(plan, ind, a.id), periodKey, {
        areaId: a.id,
        name: a.name,
        group: (a.groupId !== null && groupName.get(a.groupId)) || null,
      }),
    )
    .sort(byAchievement);
}

/**
 * One row per group of sub-areas, rolled up as the whole plan is (amounts and levels summed, shares
 * Σ numerators ÷ Σ denominators), and one for the sub-areas outside every group when there are any
 * (named `ungroupedName`). Groups without sub-areas are left out.
 */
export function compareGroups(
  plan: PlanSpan & Pick<Plan, "subAreaGroups">,
  ind: Indicator,
  periodKey: string,
  ungroupedName: string,
): AreaAchievement[] {
  const known = new Set(plan.subAreaGroups.map((g) => g.id));
  const parts = [
    ...plan.subAreaGroups.map((g) => ({ id: g.id, name: g.name })),
    { id: UNGROUPED, name: ungroupedName },
  ];
  return parts
    .flatMap(({ id, name }) => {
      const ids = plan.subAreas
        .filter((a) => (id === UNGROUPED ? a.groupId === null || !known.has(a.groupId) : a.groupId === id))
        .map((a) => a.id);
      if (ids.length === 0) return [];
      const f = groupFigures(plan, ind, ids);
      return [rowOf(f, periodKey, { areaId: id, name, group: null, size: ids.length })];
    })
    .sort(byAchievement);
}

/** The latest period at which any sub-area has an actual for this indicator, else the first. */
export function latestPeriodWithActual(plan: PlanSpan, ind: Indicator): string | null {
  const f = indicatorFigures(plan, ind);
  if (!f) return null;
  let best = -1;
  for (const a of plan.subAreas) {
    const fa = indicatorFigures(plan, ind, a.id);
    if (fa && fa.lastIndex > best) best = fa.lastIndex;
  }
  return f.points[Math.max(best, 0)]?.period.key ?? null;
}
