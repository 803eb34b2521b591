// What the status table shows (issue 14, "see who is behind"): every sub-area against every
// indicator, each cell its status and đạt % KH to date, as the dashboard judges it. Sorting by an
// indicator's achievement, by name (Vietnamese order) or by how many indicators are behind;
// filtering by group of sub-areas and by status. Pure.
import { type Achievement, achievementToDate } from "../domain/achievement";
import type { SeriesFigures } from "../domain/figures";
import { combinedToDate, indicatorFigures } from "../domain/rollup";
import type { Indicator, Plan, SubArea } from "../domain/schema";
import type { Status } from "../domain/status";

export interface StatusCell {
  status: Status;
  /** Đạt % KH to date as a ratio (1 = 100%); null without data. */
  ratio: number | null;
  estimate: boolean;
}

export interface StatusRow {
  area: SubArea;
  /** Index of the sub-area in the plan (its place when not sorted). */
  index: number;
  /** By indicator id. */
  cells: Map<string, StatusCell>;
  /** Indicators off track or at risk. */
  behind: number;
}

export type StatusSort =
  { by: "plan" } | { by: "name" } | { by: "behind" } | { by: "indicator"; id: string; dir: "asc" | "desc" };

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

function rowOf(
  area: SubArea,
  index: number,
  indicators: readonly Indicator[],
  judge: (ind: Indicator) => Achievement | null,
): StatusRow {
  const cells = new Map<string, StatusCell>();
  let behind = 0;
  for (const ind of indicators) {
    // Status and đạt % KH to date, as summarise() judges them — without the forecast and the
    // required pace, which this table does not show (most of its time for 170 × 120 cells).
    const a = judge(ind);
    const status = a?.status ?? "noData";
    if (status === "offTrack" || status === "atRisk") behind += 1;
    cells.set(ind.id, { status, ratio: a?.planShare ?? null, estimate: a?.estimate ?? false });
  }
  return { area, index, cells, behind };
}

/** One row per sub-area; indicators limited to `indicators` (the columns shown). */
export function statusRows(plan: Plan, indicators: readonly Indicator[]): StatusRow[] {
  return plan.subAreas.map((area, index) =>
    rowOf(area, index, indicators, (ind) => toDate(indicatorFigures(plan, ind, area.id))),
  );
}

function toDate(f: SeriesFigures | null): Achievement | null {
  return f ? achievementToDate(f) : null;
}

/** The figures of the sub-areas of `ids` that have a series of the indicator. */
function partsOf(plan: Plan, ind: Indicator, ids: readonly string[]): SeriesFigures[] {
  return ids.flatMap((id) => {
    const f = indicatorFigures(plan, ind, id);
    return f ? [f] : [];
  });
}

/**
 * The roll-ups above the sub-areas: one row per group of sub-areas (a former province), then the
 * whole plan. Their `area` is the group (or the whole plan) named as a sub-area would be.
 */
export function rollupRows(plan: Plan, indicators: readonly Indicator[], wholeName: string): StatusRow[] {
  const groups = plan.subAreaGroups.map((g, index) => {
    const ids = plan.subAreas.filter((a) => a.groupId === g.id).map((a) => a.id);
    const area: SubArea = { id: g.id, code: "", name: g.name, groupId: null };
    return rowOf(area, index, indicators, (ind) => combinedToDate(partsOf(plan, ind, ids), ids.length));
  });
  const whole: SubArea = { id: "all", code: "", name: wholeName, groupId: null };
  const all = plan.subAreas.map((a) => a.id);
  // Only the last period with an actual is combined, not every period of every indicator.
  const wholeOf = (ind: Indicator) =>
    all.length === 0 ? toDate(indicatorFigures(plan, ind)) : combinedToDate(partsOf(plan, ind, all));
  return [...groups, rowOf(whole, groups.length, indicators, wholeOf)];
}

export interface StatusFilter {
  /** Sub-areas of these ids only (a group); null for all. */
  areaIds: ReadonlySet<string> | null;
  /** Rows where some shown indicator (or the sorted one, when sorting by an indicator) has it. */
  status: Status | null;
}

export function filterRows(rows: readonly StatusRow[], f: StatusFilter, sort: StatusSort): StatusRow[] {
  return rows.filter((r) => {
    if (f.areaIds && !f.areaIds.has(r.area.id)) return false;
    if (f.status === null) return true;
    if (sort.by === "indicator") return r.cells.get(sort.id)?.status === f.status;
    for (const c of r.cells.values()) if (c.status === f.status) return true;
    return false;
  });
}

/** Rows in the order asked; rows without a figure for the sorted indicator go last either way. */
export function sortRows(rows: readonly StatusRow[], sort: StatusSort): StatusRow[] {
  const byName = (a: StatusRow, b: StatusRow) => collator.compare(a.area.name, b.area.name);
  const out = rows.slice();
  switch (sort.by) {
    case "plan":
      return out.sort((a, b) => a.index - b.index);
    case "name":
      return out.sort(byName);
    case "behind":
      return out.sort((a, b) => b.behind - a.behind || byName(a, b));
    case "indicator": {
      const sign = sort.dir === "asc" ? 1 : -1;
      return out.sort((a, b) => {
        const x = a.cells.get(sort.id)?.ratio ?? null;
        const y = b.cells.get(sort.id)?.ratio ?? null;
        if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
        return sign * (x - y) || byName(a, b);
      });
    }
  }
}
