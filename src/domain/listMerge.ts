// A list changed in one tab (from `base` to `next`) applied to the list as it is stored now, which
// another tab may have changed meanwhile: the list of sub-areas, of their groups, of an indicator's
// areas. Written whole, the later write would take back the other tab's additions and removals
// (storage soak, issue 15, finding 5); merged by id, both tabs' changes stay:
// - what this change removed goes, whatever else the list holds now;
// - what it renamed or regrouped takes its new content, if it is still there;
// - what it reordered keeps its new order among the places those items hold now;
// - what it added is put where it stands in `next` (as the edit, applied again to the newest list,
//   shows it while the write waits), unless it is there already.

export interface ListMerge<T> {
  /** The identity of an item: its id, or the item itself for a list of ids. */
  key: (item: T) => string;
  /** Same content (an item renamed or regrouped is not the same). */
  same: (a: T, b: T) => boolean;
}

export function mergeList<T>(
  current: readonly T[],
  base: readonly T[],
  next: readonly T[],
  how: ListMerge<T>,
): T[] {
  const { key, same } = how;
  const baseById = new Map(base.map((x) => [key(x), x]));
  const nextById = new Map(next.map((x) => [key(x), x]));
  const removed = (k: string) => baseById.has(k) && !nextById.has(k);
  // Removed ones go; changed ones take their new content.
  const out: T[] = current
    .filter((x) => !removed(key(x)))
    .map((x) => {
      const k = key(x);
      const was = baseById.get(k);
      const now = nextById.get(k);
      return was !== undefined && now !== undefined && !same(was, now) ? now : x;
    });
  // Reordered: the items of `next` keep the places they hold now, filled in `next`'s order.
  if (reordered(base, next, key)) {
    const movable = (x: T) => baseById.has(key(x)) && nextById.has(key(x));
    const places = out.flatMap((x, i) => (movable(x) ? [i] : []));
    const there = new Map(out.filter(movable).map((x) => [key(x), x]));
    const inOrder = next.flatMap((x) => there.get(key(x)) ?? []);
    places.forEach((place, n) => {
      out[place] = inOrder[n]!;
    });
  }
  // Added: at the place it has in `next`.
  const present = new Set(out.map(key));
  next.forEach((x, i) => {
    const k = key(x);
    if (baseById.has(k) || present.has(k)) return;
    out.splice(Math.min(i, out.length), 0, x);
    present.add(k);
  });
  return out;
}

/**
 * True while the list still holds what the change wrote: what it removed is absent, what it added
 * or changed is there with that content. (Other items, and the order, may be another tab's since.)
 */
export function listStillHolds<T>(
  current: readonly T[],
  base: readonly T[],
  next: readonly T[],
  how: ListMerge<T>,
): boolean {
  const { key, same } = how;
  const baseById = new Map(base.map((x) => [key(x), x]));
  const nextIds = new Set(next.map(key));
  const now = new Map(current.map((x) => [key(x), x]));
  for (const k of baseById.keys()) if (!nextIds.has(k) && now.has(k)) return false;
  return next.every((x) => {
    const was = baseById.get(key(x));
    if (was !== undefined && same(was, x)) return true;
    const there = now.get(key(x));
    return there !== undefined && same(there, x);
  });
}

function reordered<T>(base: readonly T[], next: readonly T[], key: (item: T) => string): boolean {
  const nextIds = new Set(next.map(key));
  const baseIds = new Set(base.map(key));
  const a = base.map(key).filter((k) => nextIds.has(k));
  const b = next.map(key).filter((k) => baseIds.has(k));
  return a.some((k, i) => k !== b[i]);
}
