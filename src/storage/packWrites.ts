// Writing the packs (packs.ts) of a plan read from its series records, in the background.
import type { HtxDb } from "./db";
import { planRange } from "./keyRanges";
import { packOf } from "./packs";

/** Packs being written by this tab ("planId indicatorId"): a second read meanwhile leaves them be. */
const building = new Set<string>();

/**
 * Write the packs of these indicators, each in a transaction that reads its series itself (so the
 * pack is what is stored at that moment). Runs after a plan was read without them; a failure (a full
 * disk) leaves them out — they are only a faster way to read. A whole read again meanwhile (another
 * tab went, the page came into view) does not start the same work twice.
 */
export async function buildPacks(db: HtxDb, planId: string, ids: readonly string[]): Promise<void> {
  const mine = ids.map((id) => [id, `${planId} ${id}`] as const).filter(([, key]) => !building.has(key));
  for (const [, key] of mine) building.add(key);
  try {
    for (const [id] of mine) {
      await db.transaction("rw", [db.series, db.packs], async () => {
        const records = await db.series
          .where("[planId+indicatorId+area]")
          .between(...planRange(planId, 2, [id]))
          .toArray();
        if (records.length > 0) await db.packs.put(packOf(planId, id, records));
      });
      // Between indicators the page (and this tab's own writes) go first.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } catch {
    // Left out: read from their series next time.
  } finally {
    for (const [, key] of mine) building.delete(key);
  }
}
