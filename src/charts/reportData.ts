// The rows of the progress report (biểu kết quả thực hiện) for one period: each indicator's plan for
// the year, its actual for the half-year or the year (estimate or final), đạt % KH and status,
// grouped as in the plan. Pure: all figures come from the domain.
import type { Fig } from "../domain/actuals";
import { type Achievement, periodAchievement, yearAchievement } from "../domain/achievement";
import { indicatorFigures } from "../domain/rollup";
import { type Indicator, type Plan, WHOLE_AREA } from "../domain/schema";
import type { Status } from "../domain/status";
import type { Band } from "../domain/targets";

/** A report covers a whole year, or the first half of one (half-yearly plans). */
export interface ReportPeriod {
  key: string;
  year: number;
  half: "H1" | null;
}

export interface ReportRow {
  ind: Indicator;
  /** The plan for the year (amounts: the year's amount; others: the level planned at year end). */
  yearPlan: Band | null;
  /** Half-year reports: the plan of the half (half the amount, or the midpoint of the path). */
  halfPlan: Band | null;
  actual: Fig | null;
  achievement: Achievement | null;
  status: Status;
  /** Notes typed on the reported cells ("Trà Cú: …" for sub-areas). */
  notes: string[];
  /** Whole-plan figures that sum only some sub-areas. */
  coverage: { have: number; of: number } | null;
}

export interface ReportGroup {
  group: string;
  rows: ReportRow[];
}

type PlanShape = Pick<Plan, "startYear" | "endYear" | "baselineYear" | "reporting" | "subAreas">;

export function reportPeriods(plan: Pick<Plan, "startYear" | "endYear" | "reporting">): ReportPeriod[] {
  const out: ReportPeriod[] = [];
  for (let year = plan.startYear; year <= plan.endYear; year++) {
    if (plan.reporting === "halfYearly") out.push({ key: `${year}-H1`, year, half: "H1" });
    out.push({ key: String(year), year, half: null });
  }
  return out;
}

export function findReportPeriod(plan: Plan, key: string | null): ReportPeriod | null {
  return reportPeriods(plan).find((p) => p.key === key) ?? null;
}

/** The latest period for which any indicator has an actual; else the first year. */
export function defaultReportPeriod(plan: Plan): ReportPeriod {
  const periods = reportPeriods(plan);
  let best = periods[0] as ReportPeriod;
  for (const p of periods) {
    if (plan.indicators.some((ind) => rowFor(plan, ind, p).actual !== null)) best = p;
  }
  return best;
}

function noteKeys(p: ReportPeriod, reporting: Plan["reporting"]): string[] {
  if (p.half) return [`actual:${p.key}`];
  return reporting === "halfYearly" ? [`actual:${p.year}-H2`, `actual:${p.year}`] : [`actual:${p.year}`];
}

function notesOf(plan: PlanShape & Pick<Plan, "reporting">, ind: Indicator, p: ReportPeriod): string[] {
  const keys = [`plan:${p.year}`, ...noteKeys(p, plan.reporting)];
  const out: string[] = [];
  if (plan.subAreas.length === 0) {
    const s = ind.series[WHOLE_AREA];
    for (const k of keys) if (s?.notes[k]) out.push(s.notes[k]);
    return out;
  }
  for (const a of plan.subAreas) {
    const s = ind.series[a.id];
    for (const k of keys) if (s?.notes[k]) out.push(`${a.name}: ${s.notes[k]}`);
  }
  return out;
}

export function rowFor(plan: PlanShape, ind: Indicator, p: ReportPeriod): ReportRow {
  const f = indicatorFigures(plan, ind);
  const empty: ReportRow = {
    ind,
    yearPlan: null,
    halfPlan: null,
    actual: null,
    achievement: null,
    status: "noData",
    notes: notesOf(plan, ind, p),
    coverage: null,
  };
  if (!f) return empty;
  const yi = f.years.findIndex((y) => y.year === p.year);
  const yearPlan = f.years[yi]?.band ?? null;
  // The period's last point: H1, or the year's end (H2 in a half-yearly plan).
  const pi = f.points.findIndex(
    (pt) => pt.period.key === p.key || (!p.half && pt.period.key === `${p.year}-H2`),
  );
  const point = f.points[pi];
  let actual: Fig | null;
  let achievement: Achievement | null;
  if (p.half) {
    actual = point?.actual ?? null;
    achievement = pi >= 0 ? periodAchievement(f, pi) : null;
  } else {
    actual = f.yearActuals[yi] ?? null;
    achievement = yearAchievement(f, p.year);
  }
  const cov = achievement?.coverage ?? (actual ? point?.coverage : null);
  return {
    ...empty,
    yearPlan,
    halfPlan: p.half ? (point?.plan ?? null) : null,
    actual,
    achievement,
    status: achievement?.status ?? "noData",
    coverage: actual && cov && cov.have < cov.of ? cov : null,
  };
}

/** The report's rows, grouped as in the plan (groups in the order they first appear). */
export function reportGroups(plan: Plan, p: ReportPeriod): ReportGroup[] {
  const groups = new Map<string, ReportRow[]>();
  for (const ind of plan.indicators) {
    const list = groups.get(ind.group) ?? [];
    list.push(rowFor(plan, ind, p));
    groups.set(ind.group, list);
  }
  return [...groups].map(([group, rows]) => ({ group, rows }));
}
