// A plan as stored: small records, so that changing one value writes one small record and never
// the whole plan. Pure functions, plan → records and records → plan, tested both ways.
//   plans       the details (no indicators, no tasks), plus exportedAt / deletedAt
//   indicators  one per indicator, without its figures; `areas` lists the areas that have a series
//   series      one per indicator and area: [planId+indicatorId+area] → its values and notes
//   tasks       one per task
// Every record carries `updatedAt`; the plan's last change is the latest of them, so a value edit
// need not touch the plan record.
// Why a record per series and not per value (schema version 1 had one per value): a plan of 300
// indicators × 30 sub-areas × 10 years holds about 200,000 values, and IndexedDB reads records one
// by one — 200,000 records took seconds to open, 9,000 series take a fraction of one. A value edit
// still writes one small record: the write reads the series in its transaction, sets the one value
// and puts it back, so two tabs changing different values of one series both keep their change.
import { type CellValue, emptySeries, listCells, setCell, setNote } from "../domain/cells";
import { areasOf, keptToAreas } from "../domain/planAreas";
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

/** The values and notes of one indicator in one area (or "all" in a plan without sub-areas). */
export type SeriesRecord = {
  planId: string;
  indicatorId: string;
  area: string;
  series: Series;
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
    subAreaGroups: plan.subAreaGroups,
    statusBasis: plan.statusBasis,
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
  series: SeriesRecord[];
  tasks: TaskRecord[];
}

/** The series records of one indicator: one per area that holds any value or note. */
export function seriesRecordsOf(planId: string, ind: Indicator, updatedAt: string): SeriesRecord[] {
  return Object.entries(ind.series)
    .filter(([, s]) => !isEmptySeries(s))
    .map(([area, series]) => ({ planId, indicatorId: ind.id, area, series, updatedAt }));
}

export function isEmptySeries(s: Series): boolean {
  return s.baseline === null && s.total === null && isEmpty(s.plan) && isEmpty(s.actual) && isEmpty(s.notes);
}

const isEmpty = (o: object): boolean => Object.keys(o).length === 0;

/** One stored change to a value or a note ("note:" + key), null clearing it. */
export function setStoredCell(s: Series, key: string, value: CellValue | string | null): Series {
  if (key.startsWith(NOTE_PREFIX)) return setNote(s, key.slice(NOTE_PREFIX.length), value as string | null);
  return setCell(s, key, value as CellValue | null);
}

/** Only the model's fields of a stored series (a later version may have added some). */
export function seriesFrom(stored: Partial<Series> | undefined): Series {
  return {
    baseline: stored?.baseline ?? null,
    total: stored?.total ?? null,
    plan: stored?.plan ?? {},
    actual: stored?.actual ?? {},
    notes: stored?.notes ?? {},
  };
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
    series: plan.indicators.flatMap((ind) => seriesRecordsOf(planId, ind, updatedAt)),
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
 * The plan from its records. Records that do not fit (the values of an indicator or area that another
 * tab removed meanwhile) are left out rather than breaking the plan.
 */
export function recordsToPlan(r: PlanRecords): AssembledPlan {
  let updatedAt = r.plan.updatedAt;
  const later = (t: string) => {
    if (t > updatedAt) updatedAt = t;
  };
  const orders = new Map<string, number>();
  for (const rec of r.series) later(rec.updatedAt);
  const byIndicator = seriesByIndicator(r.series);
  const indicatorRecords = r.indicators.slice().sort(byOrder);
  const indicators: Indicator[] = indicatorRecords.map((rec) => {
    later(rec.updatedAt);
    orders.set(indicatorOrderKey(rec.id), rec.order);
    return indicatorFrom(rec, byIndicator.get(rec.id) ?? []);
  });
  const tasks: Task[] = r.tasks
    .slice()
    .sort(byOrder)
    .map((rec) => {
      later(rec.updatedAt);
      orders.set(taskOrderKey(rec.id), rec.order);
      return taskFrom(rec);
    });
  const plan = detailsContent(r.plan);
  return { plan: { ...plan, indicators: inPlanAreas(indicators, plan.subAreas), tasks, updatedAt }, orders };
}

/** Series records grouped by their indicator's id, in the order read. */
export function seriesByIndicator(series: readonly SeriesRecord[]): Map<string, SeriesRecord[]> {
  const out = new Map<string, SeriesRecord[]>();
  for (const rec of series) {
    const list = out.get(rec.indicatorId);
    if (list) list.push(rec);
    else out.set(rec.indicatorId, [rec]);
  }
  return out;
}

/**
 * The indicators with only their series in areas the plan has. A tab that had not yet seen another
 * tab remove a sub-area may still write a value there; that record is not part of the plan.
 * `checked`: indicators already kept to these same areas (a re-read's unchanged ones), not looked at.
 */
export function inPlanAreas(
  indicators: Indicator[],
  subAreas: Plan["subAreas"],
  checked: ReadonlySet<Indicator> = new Set(),
): Indicator[] {
  const areas = new Set(areasOf({ subAreas }));
  let changed = false;
  const out = indicators.map((ind) => {
    const kept = checked.has(ind) ? ind : keptToAreas(ind, areas);
    changed ||= kept !== ind;
    return kept;
  });
  return changed ? out : indicators;
}

/** One indicator from its record and its series records (those of areas it no longer has are left out). */
export function indicatorFrom(rec: IndicatorRecord, series: readonly SeriesRecord[]): Indicator {
  const s: Record<string, Series> = {};
  for (const area of rec.areas) s[area] = emptySeries();
  for (const one of series) if (one.area in s) s[one.area] = seriesFrom(one.series);
  return { ...pick<Omit<Indicator, "series">>(rec, INDICATOR_FIELDS), series: s };
}

export function taskFrom(rec: TaskRecord): Task {
  return pick<Task>(rec, TASK_FIELDS);
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
