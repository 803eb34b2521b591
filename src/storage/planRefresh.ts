// Bringing a plan view up to date after a database change, reading only what changed (touched.ts
// says what): the plan record, the indicator or task records, the series of the indicators whose
// values changed. The result keeps every unchanged indicator and task object as it was, so the
// views that cache by object (the grid's rows, the charts' figures) redo only what changed.
import { emptySeries } from "../domain/cells";
import type { Indicator, Plan, Series, Task } from "../domain/schema";
import { planRange, type HtxDb } from "./db";
import {
  detailsContent,
  indicatorContent,
  indicatorFrom,
  inPlanAreas,
  indicatorOrderKey,
  recordsToPlan,
  seriesFrom,
  taskFrom,
  taskOrderKey,
  type AssembledPlan,
  type IndicatorRecord,
  type PlanRecord,
  type SeriesRecord,
  type TaskRecord,
} from "./planRecords";
import { buildPacks } from "./packWrites";
import { readPlanAndPacks } from "./reads";
import { stableJson } from "./stableJson";
import type { Touched } from "./touched";

/** The records read again; null for what was not touched. */
export interface TouchedRecords {
  plan: PlanRecord | undefined;
  indicators: IndicatorRecord[] | null;
  tasks: TaskRecord[] | null;
  /** The series records of the touched indicators, by indicator id (all of them). */
  series: Map<string, SeriesRecord[]>;
  /**
   * Single series records read again, by indicator id then area (null: the record is gone), for an
   * indicator whose other series did not change: they keep their objects.
   */
  areas?: Map<string, Map<string, SeriesRecord | null>>;
}

export async function readTouched(db: HtxDb, planId: string, t: Touched): Promise<TouchedRecords> {
  return db.transaction("r", [db.plans, db.indicators, db.series, db.tasks], async () => {
    const all = t.series === "all" ? [] : [...t.series];
    const ids = all.filter((id) => !t.areas.has(id));
    const keys = all.flatMap((id) =>
      [...(t.areas.get(id) ?? [])].map((area): [string, string, string] => [planId, id, area]),
    );
    const [plan, indicators, tasks, single, ...series] = await Promise.all([
      db.plans.get(planId),
      t.indicators
        ? db.indicators
            .where("[planId+id]")
            .between(...planRange(planId))
            .toArray()
        : null,
      t.tasks
        ? db.tasks
            .where("[planId+id]")
            .between(...planRange(planId))
            .toArray()
        : null,
      Promise.all(keys.map((key) => db.series.where("[planId+indicatorId+area]").equals(key).first())),
      ...ids.map((id) =>
        db.series
          .where("[planId+indicatorId+area]")
          .between(...planRange(planId, 2, [id]))
          .toArray(),
      ),
    ]);
    const areas = new Map<string, Map<string, SeriesRecord | null>>();
    keys.forEach(([, id, area], i) => {
      const m = areas.get(id) ?? new Map<string, SeriesRecord | null>();
      m.set(area, single[i] ?? null);
      areas.set(id, m);
    });
    return { plan, indicators, tasks, series: new Map(ids.map((id, i) => [id, series[i] ?? []])), areas };
  });
}

/** The whole plan, read in one transaction (null when it is not stored), and when it went to the trash. */
export async function readWhole(
  db: HtxDb,
  planId: string,
): Promise<{ stored: AssembledPlan; deletedAt: string | null } | null> {
  const read = await readPlanAndPacks(db, planId);
  if (!read) return null;
  // Indicators read from their series get their packs, so that the next open reads fewer records.
  if (read.unpacked.length > 0) void buildPacks(db, planId, read.unpacked);
  return { stored: recordsToPlan(read.records), deletedAt: read.records.plan.deletedAt };
}

/** The stored plan `prev` with the records read again laid over it. */
export function patchPlan(prev: AssembledPlan, read: TouchedRecords & { plan: PlanRecord }): AssembledPlan {
  let updatedAt = read.plan.updatedAt > prev.plan.updatedAt ? read.plan.updatedAt : prev.plan.updatedAt;
  const later = (t: string) => {
    if (t > updatedAt) updatedAt = t;
  };
  const orders = new Map(prev.orders);
  const prevById = new Map(prev.plan.indicators.map((i) => [i.id, i]));
  const seriesOf = (id: string, fallback: Indicator | undefined): SeriesRecord[] => {
    const fresh = read.series.get(id);
    if (fresh) {
      for (const s of fresh) later(s.updatedAt);
      return fresh;
    }
    // Not read again: the series as they were, with any single series that was read laid over them.
    const asWere = new Map(
      Object.entries(fallback?.series ?? {}).map(([area, series]): [string, SeriesRecord] => [
        area,
        { planId: prev.plan.id, indicatorId: id, area, series, updatedAt: "" },
      ]),
    );
    for (const [area, rec] of read.areas?.get(id) ?? []) {
      if (!rec) asWere.delete(area);
      else {
        later(rec.updatedAt);
        asWere.set(area, rec);
      }
    }
    return [...asWere.values()];
  };

  let indicators: Indicator[];
  if (read.indicators) {
    for (const [k] of orders) if (k.startsWith("i:")) orders.delete(k);
    const sorted = read.indicators.slice().sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
    indicators = sorted.map((rec) => {
      later(rec.updatedAt);
      orders.set(indicatorOrderKey(rec.id), rec.order);
      return indicatorFrom(rec, seriesOf(rec.id, prevById.get(rec.id)));
    });
  } else {
    indicators = prev.plan.indicators.map((ind) => {
      if (read.series.has(ind.id)) return withSeries(ind, seriesOf(ind.id, undefined));
      const some = read.areas?.get(ind.id);
      return some ? withSomeSeries(ind, some, later) : ind;
    });
  }

  let tasks: Task[] = prev.plan.tasks;
  if (read.tasks) {
    for (const [k] of orders) if (k.startsWith("t:")) orders.delete(k);
    tasks = read.tasks
      .slice()
      .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
      .map((rec) => {
        later(rec.updatedAt);
        orders.set(taskOrderKey(rec.id), rec.order);
        return taskFrom(rec);
      });
  }
  const plan = detailsContent(read.plan);
  // Indicators kept as they were need no look when the sub-areas are the same.
  const sameAreas =
    stableJson(plan.subAreas.map((a) => a.id)) === stableJson(prev.plan.subAreas.map((a) => a.id));
  const checked = new Set(sameAreas ? prev.plan.indicators : []);
  return {
    plan: { ...plan, indicators: inPlanAreas(indicators, plan.subAreas, checked), tasks, updatedAt },
    orders,
  };
}

/**
 * An indicator of which only some series were read again: those are replaced (a record gone leaves
 * the area empty), every other series keeps its object.
 */
function withSomeSeries(
  ind: Indicator,
  read: ReadonlyMap<string, SeriesRecord | null>,
  later: (t: string) => void,
): Indicator {
  const series: Record<string, Series> = { ...ind.series };
  for (const [area, rec] of read) {
    if (!(area in series)) continue;
    if (rec) later(rec.updatedAt);
    series[area] = rec ? seriesFrom(rec.series) : emptySeries();
  }
  return { ...ind, series };
}

/** An indicator with its series read again (areas it no longer has are left out, as on a full read). */
function withSeries(ind: Indicator, records: readonly SeriesRecord[]): Indicator {
  const series: Record<string, Series> = {};
  for (const area of Object.keys(ind.series)) series[area] = emptySeries();
  for (const r of records) if (r.area in series) series[r.area] = seriesFrom(r.series);
  return { ...ind, series };
}

/**
 * `next` with every part that equals the same part of `keep` replaced by the object of `keep` — the
 * plan shown — so that views comparing objects see no change where there is none.
 */
export function reuseUnchanged(next: Plan, keep: Plan | null): Plan {
  if (!keep) return next;
  const keptIndicators = new Map(keep.indicators.map((i) => [i.id, i]));
  const keptTasks = new Map(keep.tasks.map((t) => [t.id, t]));
  let same = next.indicators.length === keep.indicators.length && next.tasks.length === keep.tasks.length;
  const indicators = next.indicators.map((ind, i) => {
    const old = keptIndicators.get(ind.id);
    const out = old && sameIndicator(old, ind) ? old : ind;
    if (out !== keep.indicators[i]) same = false;
    return out;
  });
  let sameTasks = next.tasks.length === keep.tasks.length;
  const mapped = next.tasks.map((task, i) => {
    const old = keptTasks.get(task.id);
    const out = old && stableJson(old) === stableJson(task) ? old : task;
    if (out !== keep.tasks[i]) sameTasks = false;
    return out;
  });
  const tasks = sameTasks ? keep.tasks : mapped;
  same &&= sameTasks;
  const sameDetails = stableJson(detailsContent(next)) === stableJson(detailsContent(keep));
  if (same && sameDetails && next.updatedAt === keep.updatedAt) return keep;
  // Unchanged details keep their objects too (the sub-areas list, the legal reference): views that
  // depend on them (every row of the grid) are not redone for a change elsewhere.
  return { ...(sameDetails ? keep : next), indicators, tasks, updatedAt: next.updatedAt };
}

function sameIndicator(a: Indicator, b: Indicator): boolean {
  if (a === b) return true;
  const areas = Object.keys(a.series);
  if (areas.length !== Object.keys(b.series).length || !areas.every((k) => k in b.series)) return false;
  const fields = (i: Indicator) => stableJson({ ...indicatorContent(i), areas: [] });
  if (fields(a) !== fields(b)) return false;
  return areas.every((area) => {
    const x = a.series[area];
    const y = b.series[area];
    return x === y || stableJson(x) === stableJson(y);
  });
}
