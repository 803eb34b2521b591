// Schema version 1 → 2: the values and notes, stored one record each in version 1 ("cells"), move
// into one record per indicator and area ("series"). Runs inside Dexie's upgrade transaction, before
// the old table is removed. A cleared value (a null record) is simply left out.
import type { Transaction } from "dexie";
import { type CellValue, emptySeries } from "../domain/cells";
import { setStoredCell, type SeriesRecord } from "./planRecords";

/** A record of version 1: one value ("baseline", "plan:2021"…) or note ("note:" + key), null = cleared. */
export interface CellRecordV1 {
  planId: string;
  indicatorId: string;
  area: string;
  key: string;
  value: unknown;
  updatedAt: string;
}

export async function cellsToSeries(tx: Transaction): Promise<void> {
  const cells = (await tx.table("cells").toArray()) as CellRecordV1[];
  const out = new Map<string, SeriesRecord>();
  for (const c of cells) {
    const id = JSON.stringify([c.planId, c.indicatorId, c.area]);
    let rec = out.get(id);
    if (!rec) {
      rec = {
        planId: c.planId,
        indicatorId: c.indicatorId,
        area: c.area,
        series: emptySeries(),
        updatedAt: "",
      };
      out.set(id, rec);
    }
    if (c.updatedAt > rec.updatedAt) rec.updatedAt = c.updatedAt;
    if (c.value === null || c.value === undefined) continue;
    rec.series = setStoredCell(rec.series, c.key, c.value as CellValue | string);
  }
  await tx.table("series").bulkPut([...out.values()]);
}
