// What the dashboard lists: one tile per indicator with its summary, the filters (group, status,
// agency) and the overdue tasks. Pure.
import { indicatorFigures } from "../domain/rollup";
import type { Indicator, Plan, Task } from "../domain/schema";
import type { Status } from "../domain/status";
import { type IndicatorSummary, summarise } from "../domain/summary";
import { isOverdue } from "../domain/tasks";

export interface Tile {
  ind: Indicator;
  summary: IndicatorSummary;
}

export interface DashboardFilter {
  group: string | null;
  status: Status | null;
  agency: string | null;
}

export const NO_FILTER: DashboardFilter = { group: null, status: null, agency: null };

const collator = new Intl.Collator("vi");

export function dashboardTiles(plan: Plan): Tile[] {
  return plan.indicators.map((ind) => ({ ind, summary: summarise(indicatorFigures(plan, ind)) }));
}

export function filterTiles(tiles: readonly Tile[], f: DashboardFilter): Tile[] {
  return tiles.filter(
    (t) =>
      (f.group === null || t.ind.group === f.group) &&
      (f.status === null || t.summary.status === f.status) &&
      (f.agency === null || t.ind.agency === f.agency),
  );
}

/** Groups in the order they first appear in the plan. */
export function groupsOf(plan: Pick<Plan, "indicators">): string[] {
  return [...new Set(plan.indicators.map((i) => i.group))];
}

/** Responsible agencies named on indicators, sorted the Vietnamese way. */
export function agenciesOf(plan: Pick<Plan, "indicators">): string[] {
  return [...new Set(plan.indicators.map((i) => i.agency).filter((a) => a !== ""))].sort(collator.compare);
}

export function statusCounts(tiles: readonly Tile[]): Record<Status, number> {
  const out: Record<Status, number> = { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0, checkTarget: 0 };
  for (const t of tiles) out[t.summary.status] += 1;
  return out;
}

/** Tasks past their deadline and not done, earliest deadline first. */
export function overdueTasks(tasks: readonly Task[], today: string): Task[] {
  return tasks
    .filter((t) => isOverdue(t, today))
    .sort((a, b) => (a.deadline ?? "").localeCompare(b.deadline ?? ""));
}
