// The sub-areas compared for one indicator at one period: achievement per sub-area (to the end of
// the period: cumulative for amounts, the position for levels and shares), best first. Pure.
import { type Achievement, achievementAt } from "../domain/achievement";
import { indicatorFigures } from "../domain/rollup";
import type { Indicator, Plan } from "../domain/schema";
import type { Status } from "../domain/status";

export interface AreaAchievement {
  areaId: string;
  name: string;
  /** Ratio, 1 = 100%; null when the sub-area has no actual or no plan at that period. */
  ratio: number | null;
  status: Status;
  estimate: boolean;
  achievement: Achievement | null;
}

const collator = new Intl.Collator("vi");

export function compareSubAreas(
  plan: Pick<Plan, "startYear" | "endYear" | "baselineYear" | "reporting" | "subAreas">,
  ind: Indicator,
  periodKey: string,
): AreaAchievement[] {
  const out: AreaAchievement[] = plan.subAreas.map((a) => {
    const f = indicatorFigures(plan, ind, a.id);
    const i = f ? f.points.findIndex((p) => p.period.key === periodKey) : -1;
    const achievement = f && i >= 0 ? achievementAt(f, i) : null;
    return {
      areaId: a.id,
      name: a.name,
      ratio: achievement?.planShare ?? null,
      status: achievement?.status ?? "noData",
      estimate: achievement?.estimate ?? false,
      achievement,
    };
  });
  // Highest achievement first; sub-areas without data last, by name.
  return out.sort((a, b) => {
    if (a.ratio === null || b.ratio === null) {
      if (a.ratio !== b.ratio) return a.ratio === null ? 1 : -1;
      return collator.compare(a.name, b.name);
    }
    return b.ratio - a.ratio || collator.compare(a.name, b.name);
  });
}

/** The latest period at which any sub-area has an actual for this indicator, else the first. */
export function latestPeriodWithActual(
  plan: Pick<Plan, "startYear" | "endYear" | "baselineYear" | "reporting" | "subAreas">,
  ind: Indicator,
): string | null {
  const f = indicatorFigures(plan, ind);
  if (!f) return null;
  let best = -1;
  for (const a of plan.subAreas) {
    const fa = indicatorFigures(plan, ind, a.id);
    if (fa && fa.lastIndex > best) best = fa.lastIndex;
  }
  return f.points[Math.max(best, 0)]?.period.key ?? null;
}
