// Reading plans out of the database: all records of one plan in one read transaction, so that the
// plan is assembled from one consistent moment.
import type { HtxDb } from "./db";
import { planRange } from "./db";
import type { PlanRecords } from "./planRecords";

export async function readPlanRecords(db: HtxDb, planId: string): Promise<PlanRecords | null> {
  return db.transaction("r", [db.plans, db.indicators, db.series, db.tasks], async () => {
    const [plan, indicators, series, tasks] = await Promise.all([
      db.plans.get(planId),
      db.indicators
        .where("[planId+id]")
        .between(...planRange(planId))
        .toArray(),
      db.series
        .where("[planId+indicatorId+area]")
        .between(...planRange(planId, 2))
        .toArray(),
      db.tasks
        .where("[planId+id]")
        .between(...planRange(planId))
        .toArray(),
    ]);
    return plan ? { plan, indicators, series, tasks } : null;
  });
}

/** The plan's last change: the latest `updatedAt` of any of its records. */
export async function lastChangeOf(db: HtxDb, planId: string, planUpdatedAt: string): Promise<string> {
  const latest = await Promise.all(
    [db.indicators, db.series, db.tasks].map((t) =>
      t
        .where("[planId+updatedAt]")
        .between(...planRange(planId))
        .last(),
    ),
  );
  return latest.reduce<string>((max, r) => (r && r.updatedAt > max ? r.updatedAt : max), planUpdatedAt);
}

/** The stored plan's last change (null when the plan is not stored), in one read transaction. */
export async function storedLastChange(db: HtxDb, planId: string): Promise<string | null> {
  return db.transaction("r", [db.plans, db.indicators, db.series, db.tasks], async () => {
    const plan = await db.plans.get(planId);
    return plan ? lastChangeOf(db, planId, plan.updatedAt) : null;
  });
}
