// Turns the records an edit changed into database writes (run inside the write queue's one
// transaction). Every written record carries the time of the change.
import type { HtxDb } from "./db";
import type { Change } from "./editChanges";
import { indicatorOrderKey, taskOrderKey, type IndicatorRecord, type TaskRecord } from "./planRecords";
import { planRange } from "./db";
import type { WriteBody } from "./writeQueue";

export function writeChanges(
  planId: string,
  changes: readonly Change[],
  orders: ReadonlyMap<string, number>,
  now: string,
): WriteBody {
  const stamp = { updatedAt: now };
  // Removals leave no record behind to carry the time: then the plan record carries it.
  const touchPlan = changes.every((c) => c.op === "delete");
  return async (db: HtxDb) => {
    for (const c of changes) await writeOne(db, planId, c, orders, stamp);
    if (touchPlan) await db.plans.update(planId, stamp);
  };
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
      if (c.op === "patch") await db.plans.update(planId, { ...c.fields, ...stamp });
      return;
    case "indicators": {
      const key: [string, string] = [planId, ref.id];
      if (c.op === "delete") {
        await db.indicators.delete(key);
        await db.cells
          .where("[planId+indicatorId+area+key]")
          .between(...planRange(planId, 3, [ref.id]))
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
        await db.indicators.update(key, { ...c.fields, ...(order !== undefined ? { order } : {}), ...stamp });
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
    case "cells": {
      const base = { planId, indicatorId: ref.indicatorId, area: ref.area, key: ref.key };
      if (c.op === "delete") await db.cells.delete([planId, ref.indicatorId, ref.area, ref.key]);
      else if (c.op === "clear") await db.cells.put({ ...base, value: null, ...stamp });
      else if (c.op === "put") await db.cells.put({ ...base, value: c.content.value as never, ...stamp });
      return;
    }
  }
}
