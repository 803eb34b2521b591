// A plan as stored: small records, so that changing one value writes one small record and never
// the whole plan. Pure functions, plan → records and records → plan, tested both ways.
//   plans       the details (no indicators, no tasks), plus exportedAt / deletedAt
//   indicators  one per indicator, without its figures; `areas` lists the areas that have a series
//   cells       one per value or note of a series: [planId+indicatorId+area+key] → value
//   tasks       one per task
// Every record carries `updatedAt`; the plan's last change is the latest of them, so a value edit
// need not touch the plan record. A cleared value is kept as a record with value null (a
// tombstone) so that it, too, carries the time of the change.
import { type CellValue, emptySeries, listCells, setCell, setNote } from "../domain/cells";
import { Indicator, Plan, Task, type PlanDetails, type Series } from "../domain/schema";

export type PlanRecord = PlanDetails & {
  /** When the plan was last written to a file (the sharing feature sets it). */
  exportedAt: string | null;
  /** Set when the plan is in the trash; null for a plan in the library. */
  deletedAt: string | null;
};

export type IndicatorContent = Omit<Indicator, "series"> & { areas: string[] };
export type IndicatorRecord = IndicatorContent & { planId: string; order: number; updatedAt: string };

export type TaskRecord = Task & { planId: string; order: number; updatedAt: string };

/** "baseline", "total", "plan:2021", "actual:2021-H1", or "note:" + one of those for a note. */
export type CellRecord = {
  planId: string;
  indicatorId: string;
  area: string;
  key: string;
  /** A value, a note's text, or null for a cleared value. */
  value: CellValue | string | null;
  updatedAt: string;
};

export const NOTE_PREFIX = "note:";

/** The details of a plan as stored content: what the details form edits, without the clock. */
export type DetailsContent = Omit<PlanDetails, "updatedAt">;

export function detailsContent(plan: DetailsContent): DetailsContent {
  return {
    id: plan.id,
    title: plan.title,
    documentType: plan.documentType,
    province: plan.province,
    issuingBody: plan.issuingBody,
    legalRef: plan.legalRef,
    startYear: plan.startYear,
    endYear: plan.endYear,
    baselineYear: plan.baselineYear,
    reporting: plan.reporting,
    moneyScale: plan.moneyScale,
    subAreas: plan.subAreas,
    notes: plan.notes,
    illustrative: plan.illustrative,
    templateId: plan.templateId,
    createdAt: plan.createdAt,
  };
}

export function indicatorContent(ind: Indicator): IndicatorContent {
  const { series, ...rest } = ind;
  return { ...rest, areas: Object.keys(series) };
}

/** Every value and note of one indicator, by "area\u0000key". */
export function cellsOf(
  ind: Indicator,
): Map<string, { area: string; key: string; value: CellValue | string }> {
  const out = new Map<string, { area: string; key: string; value: CellValue | string }>();
  for (const [area, s] of Object.entries(ind.series)) {
    for (const [key, value] of listCells(s)) out.set(cellId(area, key), { area, key, value });
    for (const [key, note] of Object.entries(s.notes)) {
      const k = NOTE_PREFIX + key;
      out.set(cellId(area, k), { area, key: k, value: note });
    }
  }
  return out;
}

export function cellId(area: string, key: string): string {
  return `${area}\u0000${key}`;
}

export interface PlanRecords {
  plan: PlanRecord;
  indicators: IndicatorRecord[];
  cells: CellRecord[];
  tasks: TaskRecord[];
}

/** All records of a plan, positions numbered from 0, every record stamped with the plan's updatedAt. */
export function planToRecords(
  plan: Plan,
  extra: { exportedAt?: string | null; deletedAt?: string | null } = {},
): PlanRecords {
  const updatedAt = plan.updatedAt;
  const planId = plan.id;
  return {
    plan: {
      ...detailsContent(plan),
      updatedAt,
      exportedAt: extra.exportedAt ?? null,
      deletedAt: extra.deletedAt ?? null,
    },
    indicators: plan.indicators.map((ind, order) => ({ ...indicatorContent(ind), planId, order, updatedAt })),
    cells: plan.indicators.flatMap((ind) =>
      [...cellsOf(ind).values()].map((c) => ({ planId, indicatorId: ind.id, ...c, updatedAt })),
    ),
    tasks: plan.tasks.map((task, order) => ({ ...task, planId, order, updatedAt })),
  };
}

const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface AssembledPlan {
  plan: Plan;
  /** Stored positions: "i:" + indicator id, "t:" + task id. */
  orders: Map<string, number>;
}

export const indicatorOrderKey = (id: string) => `i:${id}`;
export const taskOrderKey = (id: string) => `t:${id}`;

/**
 * The plan from its records. Records that do not fit (a value for an indicator or area that another
 * tab removed meanwhile) are left out rather than breaking the plan.
 */
export function recordsToPlan(r: PlanRecords): AssembledPlan {
  let updatedAt = r.plan.updatedAt;
  const later = (t: string) => {
    if (t > updatedAt) updatedAt = t;
  };
  const orders = new Map<string, number>();
  const series = new Map<string, Record<string, Series>>();
  const indicatorRecords = r.indicators.slice().sort(byOrder);
  for (const rec of indicatorRecords) {
    later(rec.updatedAt);
    orders.set(indicatorOrderKey(rec.id), rec.order);
    const s: Record<string, Series> = {};
    for (const area of rec.areas) s[area] = emptySeries();
    series.set(rec.id, s);
  }
  for (const c of r.cells) {
    later(c.updatedAt);
    if (c.value === null) continue;
    const s = series.get(c.indicatorId);
    const one = s?.[c.area];
    if (!s || !one) continue;
    if (c.key.startsWith(NOTE_PREFIX)) {
      if (typeof c.value === "string") s[c.area] = setNote(one, c.key.slice(NOTE_PREFIX.length), c.value);
    } else if (typeof c.value !== "string") {
      s[c.area] = setCell(one, c.key, c.value);
    }
  }
  const indicators: Indicator[] = indicatorRecords.map((rec) => ({
    ...pick<Omit<Indicator, "series">>(rec, INDICATOR_FIELDS),
    series: series.get(rec.id) ?? {},
  }));
  const tasks: Task[] = r.tasks
    .slice()
    .sort(byOrder)
    .map((rec) => {
      later(rec.updatedAt);
      orders.set(taskOrderKey(rec.id), rec.order);
      return pick<Task>(rec, TASK_FIELDS);
    });
  return { plan: { ...detailsContent(r.plan), indicators, tasks, updatedAt }, orders };
}

// Only the model's own fields leave storage: a field a later version added to a record must not
// leak into a plan (the plan schema is strict).
const INDICATOR_FIELDS = Object.keys(Indicator.shape).filter((k) => k !== "series");
const TASK_FIELDS = Object.keys(Task.shape);

function pick<T>(rec: object, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (rec as Record<string, unknown>)[k];
  return out as T;
}

/** Plan fields other than indicators and tasks, as the schema lists them. */
export const DETAILS_FIELDS = Object.keys(Plan.shape).filter((k) => k !== "indicators" && k !== "tasks");
