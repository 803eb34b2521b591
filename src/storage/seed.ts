// The very first run: the library gets one editable copy of each built-in programme (new id each,
// templateId kept) — once, never again, and never over anything stored. The check and the writes
// are one transaction, so two tabs opening at once cannot both seed. The programmes are given by
// the caller (the app shell passes src/templates): storage knows no programme.
import { copyPlan } from "../domain/newPlan";
import type { Plan } from "../domain/schema";
import type { HtxDb } from "./db";
import { planToRecords } from "./planRecords";
import type { WriteQueue } from "./writeQueue";

export const SEEDED_KEY = "seededAt";

export function seedFirstRun(
  queue: WriteQueue,
  templates: readonly Plan[],
  newId: () => string = () => crypto.randomUUID(),
): Promise<void> {
  return queue.enqueue(async (db: HtxDb) => {
    if (await db.meta.get(SEEDED_KEY)) return;
    const now = new Date().toISOString();
    // A library that already holds plans (kept from before the first-run marker existed) is left as it is.
    if ((await db.plans.count()) === 0) {
      for (const template of templates) {
        const r = planToRecords(copyPlan(template, newId(), now));
        await db.plans.add(r.plan);
        await db.indicators.bulkAdd(r.indicators);
        await db.series.bulkAdd(r.series);
        await db.tasks.bulkAdd(r.tasks);
      }
    }
    await db.meta.put({ key: SEEDED_KEY, value: now });
  }).done;
}
