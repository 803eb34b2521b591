// Positions of indicators and tasks in their lists, stored as numbers on each record so that moving
// or inserting one item rewrites that one record, not the whole list. The items that are already in
// increasing order (the longest such run) keep their numbers; the others get numbers between their
// neighbours. Only when the gaps run out of floating-point room is the list renumbered.
import type { Change } from "./editChanges";
import { indicatorOrderKey, taskOrderKey } from "./planRecords";

/** The new positions of the items whose position must change; items not in the result keep theirs. */
export function assignOrders(
  ids: readonly string[],
  current: ReadonlyMap<string, number>,
): Map<string, number> {
  const n = ids.length;
  const known = ids.map((id) => {
    const v = current.get(id);
    return v !== undefined && Number.isFinite(v) ? v : undefined;
  });
  const keep = longestIncreasing(known);
  const next = known.slice();
  let i = 0;
  while (i < n) {
    if (keep.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !keep.has(j)) j++;
    const lower = i > 0 ? next[i - 1] : undefined;
    const upper = j < n ? next[j] : undefined;
    const count = j - i;
    for (let m = 0; m < count; m++) {
      let v: number;
      if (lower === undefined && upper === undefined) v = m;
      else if (lower === undefined) v = (upper as number) - (count - m);
      else if (upper === undefined) v = lower + m + 1;
      else v = lower + ((upper - lower) * (m + 1)) / (count + 1);
      next[i + m] = v;
    }
    i = j;
  }
  const increasing = next.every((v, k) => k === 0 || (v as number) > (next[k - 1] as number));
  const out = new Map<string, number>();
  ids.forEach((id, k) => {
    const v = increasing ? (next[k] as number) : k;
    if (known[k] !== v) out.set(id, v);
  });
  return out;
}

/** Indexes of a longest strictly increasing subsequence of the known values. */
function longestIncreasing(values: readonly (number | undefined)[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    if (v === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? (tails[lo - 1] as number) : -1;
    tails[lo] = i;
  });
  const keep = new Set<number>();
  let k = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
  while (k >= 0) {
    keep.add(k);
    k = prev[k] as number;
  }
  return keep;
}

/**
 * The positions a write carries: those of the records this edit moved, and of the records it writes
 * whole (added, or put back by undo). A patch of a record's content keeps the stored position:
 * another tab may have moved it since this tab last read (storage soak, seed 20261204).
 */
export function positionsWritten(
  changes: readonly Change[],
  orders: ReadonlyMap<string, number>,
  moved: ReadonlyMap<string, number>,
): Map<string, number> {
  const out = new Map(moved);
  for (const c of changes) {
    if (c.op !== "put" || (c.ref.table !== "indicators" && c.ref.table !== "tasks")) continue;
    const key = c.ref.table === "indicators" ? indicatorOrderKey(c.ref.id) : taskOrderKey(c.ref.id);
    const at = orders.get(key);
    if (!out.has(key) && at !== undefined) out.set(key, at);
  }
  return out;
}
