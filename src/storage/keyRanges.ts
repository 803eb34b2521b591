// Key ranges over the [planId+…] keys and indexes (its own module: db.ts and packs.ts both need it).
import Dexie from "dexie";

/**
 * Range bounds for "every record of one plan" on a [planId+…] index. The upper bound uses a fresh
 * empty array per part (arrays sort after every string and number): one shared array object
 * repeated in a key is refused as a cycle.
 */
export const planRange = (
  planId: string,
  parts = 1,
  prefix: readonly string[] = [],
): [unknown[], unknown[]] => {
  const n = parts - prefix.length;
  return [
    [planId, ...prefix, ...Array.from({ length: n }, () => Dexie.minKey)],
    [planId, ...prefix, ...Array.from({ length: n }, () => [[]])],
  ];
};
