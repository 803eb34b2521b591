// Record fields that are lists of items with ids — a plan's sub-areas and their groups, an
// indicator's areas — are written merged by id with the list as stored (domain/listMerge.ts), so two
// tabs changing the list at once both keep their change. A change carries the list as its tab saw it
// before the edit (`lists`), which says what the edit removed, added, changed or moved.
import { listStillHolds, mergeList, type ListMerge } from "../domain/listMerge";
import { stableJson } from "./stableJson";

export const LIST_FIELDS: ReadonlySet<string> = new Set(["subAreas", "subAreaGroups", "areas"]);

const byId: ListMerge<unknown> = {
  key: (x) => (typeof x === "string" ? x : String((x as { id?: unknown }).id)),
  same: (a, b) => a === b || stableJson(a) === stableJson(b),
};

/** The lists as they were before the edit, for the list fields it changed. */
export function listBases(
  before: Record<string, unknown>,
  fields: Record<string, unknown>,
): Record<string, unknown[]> | undefined {
  let out: Record<string, unknown[]> | undefined;
  for (const k of Object.keys(fields))
    if (LIST_FIELDS.has(k) && Array.isArray(before[k]) && Array.isArray(fields[k])) {
      out ??= {};
      out[k] = before[k] as unknown[];
    }
  return out;
}

/** The fields to write: each list merged into the list as stored now. */
export function mergedFields(
  fields: Record<string, unknown>,
  lists: Record<string, unknown[]>,
  stored: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out = { ...fields };
  for (const [k, base] of Object.entries(lists)) {
    const now = stored?.[k];
    if (Array.isArray(now)) out[k] = mergedList(now, base, fields[k]);
  }
  return out;
}

/** One list changed from `base` to `next`, merged into the list as stored now (`next` if not lists). */
export function mergedList(now: unknown, base: unknown, next: unknown): unknown {
  return Array.isArray(now) && Array.isArray(base) && Array.isArray(next)
    ? mergeList(now as unknown[], base as unknown[], next as unknown[], byId)
    : next;
}

/** A list the edit wrote still holds what it wrote (its removals, additions and changes). */
export function listStillWritten(now: unknown, base: unknown[], written: unknown): boolean {
  return Array.isArray(now) && Array.isArray(written) && listStillHolds(now, base, written, byId);
}
