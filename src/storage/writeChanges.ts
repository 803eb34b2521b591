// Turns the records an edit changed into database writes (run inside the write queue's one
// transaction). Every written record carries the time of the change. Changed values are grouped by
// series: each series is read, changed and put back once, inside the transaction, so that another
// tab's change to another value of the same series is kept.
import { type CellValue, emptySeries } from "../domain/cells";
import { areasOf } from "../domain/planAreas";
import type { HtxDb } from "./db";
import type { Change } from "./editChanges";
import { mergedFields } from "./listFields";
import {
  indicatorOrderKey,
  seriesFrom,
  setStoredCell,
  taskOrderKey,
  type IndicatorRecord,
  type TaskRecord,
} from "./planRecords";
import { planRange } from "./db";
import type { WriteBody } from "./writeQueue";

/**
 * `late`: the changes are written late (kept over a reload, unsaved.ts): a record changed since
 * `now` (by another tab) is left as it is rather than taken back to this older value.
 */
export function writeChanges(
  planId: string,
  changes: readonly Change[],
  orders: ReadonlyMap<string, number>,
  now: string,
  late = false,
): WriteBody {
  const stamp = { updatedAt: now };
  // Removals leave no record behind to carry the time: then the plan record carries it.
  const touchPlan = changes.every((c) => c.op === "delete");
  const { others, series } = groupBySeries(changes);
  return async (db: HtxDb) => {
    // A late write whose plan record (its list of sub-areas) was written since by another tab leaves
    // that list as it is, and the values stay where that list keeps them: no series is moved into an
    // area the plan does not have, and no area it has loses its series whole (the first sub-area
    // added, or the last removed, while another tab changed the plan).
    const planChange = others.find((c) => c.ref.table === "plans");
    const areas =
      late && planChange && (await newerThan(db, planId, planChange, now))
        ? await storedAreas(db, planId)
        : null;
    for (const c of others) {
      if (late && (await newerThan(db, planId, c, now))) continue;
      await writeOne(db, planId, areas ? await withinAreas(db, planId, c, areas) : c, orders, stamp);
    }
    const seriesChanges = [...series.values()].filter(
      (c) => !areas || (c.remove ? !areas.has(c.area) : areas.has(c.area)),
    );
    await writeSeries(db, planId, seriesChanges, stamp, late);
    if (touchPlan && !(late && ((await db.plans.get(planId))?.updatedAt ?? "") > now))
      await db.plans.update(planId, stamp);
  };
}

/** The areas a stored plan's values may live in: its sub-areas, or the whole plan when it has none. */
async function storedAreas(db: HtxDb, planId: string): Promise<Set<string>> {
  return new Set(areasOf({ subAreas: (await db.plans.get(planId))?.subAreas ?? [] }));
}

/** An indicator's list of areas kept to the plan's areas (and to those its record has there now). */
async function withinAreas(db: HtxDb, planId: string, c: Change, areas: Set<string>): Promise<Change> {
  if (c.ref.table !== "indicators" || (c.op !== "put" && c.op !== "patch")) return c;
  const fields = c.op === "put" ? c.content : c.fields;
  if (!Array.isArray(fields.areas)) return c;
  const wanted = fields.areas as string[];
  const now = (await db.indicators.get([planId, c.ref.id]))?.areas ?? [];
  const kept = [...areas].filter((a) => wanted.includes(a) || now.includes(a));
  if (c.op === "put") return { ...c, content: { ...c.content, areas: kept } };
  // `kept` already follows the list as stored: it is written as it is, not merged again.
  const { areas: _merged, ...lists } = c.lists ?? {};
  return { ...c, fields: { ...c.fields, areas: kept }, lists };
}

/** The record a change writes was written after `now`. */
async function newerThan(db: HtxDb, planId: string, c: Change, now: string): Promise<boolean> {
  const ref = c.ref;
  const rec =
    ref.table === "plans"
      ? await db.plans.get(planId)
      : ref.table === "indicators"
        ? await db.indicators.get([planId, ref.id])
        : ref.table === "tasks"
          ? await db.tasks.get([planId, ref.id])
          : undefined;
  return (rec?.updatedAt ?? "") > now;
}

/** The value changes of one series: the keys set (null clears), or the whole series removed. */
interface SeriesChange {
  indicatorId: string;
  area: string;
  set: Map<string, CellValue | string | null>;
  remove: boolean;
}

function groupBySeries(changes: readonly Change[]) {
  const others: Change[] = [];
  const series = new Map<string, SeriesChange>();
  for (const c of changes) {
    const ref = c.ref;
    if (ref.table !== "cells") {
      others.push(c);
      continue;
    }
    const id = JSON.stringify([ref.indicatorId, ref.area]);
    let s = series.get(id);
    if (!s) {
      s = { indicatorId: ref.indicatorId, area: ref.area, set: new Map(), remove: false };
      series.set(id, s);
    }
    if (c.op === "delete") s.remove = true;
    else if (c.op === "clear") s.set.set(ref.key, null);
    else if (c.op === "put") s.set.set(ref.key, c.content.value as CellValue | string);
  }
  return { others, series };
}

async function writeSeries(
  db: HtxDb,
  planId: string,
  changes: readonly SeriesChange[],
  stamp: { updatedAt: string },
  late: boolean,
): Promise<void> {
  if (changes.length === 0) return;
  const keyOf = (c: SeriesChange): [string, string, string] => [planId, c.indicatorId, c.area];
  const stored = await db.series.bulkGet(changes.map(keyOf));
  // One put per series (not one bulkPut): Dexie then tells every view exactly which series changed,
  // where a bulk write of 50 or more would make them read the whole plan again.
  await Promise.all(
    changes.map((c, i) => {
      const before = stored[i];
      if (late && before && before.updatedAt > stamp.updatedAt) return undefined;
      // The area's values went with the area (or the indicator): the record goes too.
      if (c.remove) return db.series.delete(keyOf(c));
      let series = before ? seriesFrom(before.series) : emptySeries();
      for (const [k, v] of c.set) series = setStoredCell(series, k, v);
      return db.series.put({ planId, indicatorId: c.indicatorId, area: c.area, series, ...stamp });
    }),
  );
}

async function writeOne(
  db: HtxDb,
  planId: string,
  c: Change,
  orders: ReadonlyMap<string, number>,
  stamp: { updatedAt: string },
): Promise<void> {
  const ref = c.ref;
  switch (ref.table) {
    case "plans":
      if (c.op === "patch")
        await db.plans.update(planId, { ...(await withLists(c, () => db.plans.get(planId))), ...stamp });
      return;
    case "indicators": {
      const key: [string, string] = [planId, ref.id];
      if (c.op === "delete") {
        await db.indicators.delete(key);
        await db.series
          .where("[planId+indicatorId+area]")
          .between(...planRange(planId, 2, [ref.id]))
          .delete();
        return;
      }
      const order = orders.get(indicatorOrderKey(ref.id));
      if (c.op === "put") {
        await db.indicators.put({
          ...(c.content as unknown as IndicatorRecord),
          planId,
          order: order ?? 0,
          ...stamp,
        });
      } else if (c.op === "patch") {
        const fields = await withLists(c, () => db.indicators.get(key));
        await db.indicators.update(key, { ...fields, ...(order !== undefined ? { order } : {}), ...stamp });
      }
      return;
    }
    case "tasks": {
      const key: [string, string] = [planId, ref.id];
      if (c.op === "delete") return void (await db.tasks.delete(key));
      const order = orders.get(taskOrderKey(ref.id));
      if (c.op === "put")
        await db.tasks.put({ ...(c.content as unknown as TaskRecord), planId, order: order ?? 0, ...stamp });
      else if (c.op === "patch")
        await db.tasks.update(key, { ...c.fields, ...(order !== undefined ? { order } : {}), ...stamp });
      return;
    }
    case "cells":
      // Written by series (writeSeries).
      return;
  }
}

/** A patch's fields, its lists merged by id into the record's lists as stored now (listFields.ts). */
async function withLists(
  c: Extract<Change, { op: "patch" }>,
  stored: () => Promise<object | undefined>,
): Promise<Record<string, unknown>> {
  return c.lists
    ? mergedFields(c.fields, c.lists, (await stored()) as Record<string, unknown> | undefined)
    : c.fields;
}
