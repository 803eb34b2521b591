// Schema version 2 → 3 (file format v2): plans gain `statusBasis` and `subAreaGroups`, sub-areas gain
// `code` and `groupId`. Stored plans and snapshots written before are filled with the defaults a
// file of format v1 gets from its migration (src/io/migrations/001-sub-area-groups-status-basis.ts):
// judge by the share of the planned gain, no groups, no codes. Runs inside Dexie's upgrade transaction.
import type { Transaction } from "dexie";

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => v !== null && typeof v === "object" && !Array.isArray(v);

/** Fill the fields of v2 that an older plan (details record or whole plan) lacks, in place. */
export function fillDetailsV3(plan: Raw): void {
  plan.statusBasis ??= "gain";
  plan.subAreaGroups ??= [];
  if (!Array.isArray(plan.subAreas)) return;
  for (const area of plan.subAreas as unknown[]) {
    if (!isObject(area)) continue;
    area.code ??= "";
    area.groupId ??= null;
  }
}

export async function detailsToV3(tx: Transaction): Promise<void> {
  await tx
    .table("plans")
    .toCollection()
    .modify((p: Raw) => fillDetailsV3(p));
  await tx
    .table("snapshots")
    .toCollection()
    .modify((s: Raw) => {
      if (isObject(s.plan)) fillDetailsV3(s.plan);
    });
}
