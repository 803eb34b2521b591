// Reading plans out of the database: all records of one plan in one read transaction, so that the
// plan is assembled from one consistent moment.
import type { HtxDb } from "./db";
import { planRange } from "./db";
import { readable, unpack } from "./packs";
import type { PlanRecords } from "./planRecords";

export async function readPlanRecords(db: HtxDb, planId: string): Promise<PlanRecords | null> {
  return (await readPlanAndPacks(db, planId))?.records ?? null;
}

/**
 * The plan's records; each indicator's series from its pack where it has one (packs.ts), else from
 * the series records. `unpacked`: the indicators read without a pack (with some series).
 */
export async function readPlanAndPacks(
  db: HtxDb,
  planId: string,
): Promise<{ records: PlanRecords; unpacked: string[] } | null> {
  return db.transaction("r", [db.plans, db.indicators, db.series, db.tasks, db.packs], async () => {
    const [plan, indicators, tasks, packs] = await Promise.all([
      db.plans.get(planId),
      db.indicators
        .where("[planId+id]")
        .between(...planRange(planId))
        .toArray(),
      db.tasks
        .where("[planId+id]")
        .between(...planRange(planId))
        .toArray(),
      db.packs
        .where("[planId+indicatorId]")
        .between(...planRange(planId))
        .toArray(),
    ]);
    if (!plan) return null;
    const packed = new Map(packs.filter(readable).map((p) => [p.indicatorId, p]));
    const missing = indicators.filter((i) => !packed.has(i.id)).map((i) => i.id);
    // Without packs (a plan not read since version 4) the series are read in one range.
    const read =
      packed.size === 0
        ? [
            await db.series
              .where("[planId+indicatorId+area]")
              .between(...planRange(planId, 2))
              .toArray(),
          ]
        : await Promise.all(
            missing.map((id) =>
              db.series
                .where("[planId+indicatorId+area]")
                .between(...planRange(planId, 2, [id]))
                .toArray(),
            ),
          );
    const series = read.flat();
    const unpacked = [...new Set(series.map((s) => s.indicatorId))];
    for (const i of indicators) {
      const pack = packed.get(i.id);
      if (pack) series.push(...unpack(pack));
    }
    return { records: { plan, indicators, series, tasks }, unpacked };
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
