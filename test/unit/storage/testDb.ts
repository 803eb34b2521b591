// Pieces the storage tests share: the page's localStorage as a Map, a Dexie middleware that sees
// every mutation, and version-1 records (one per value) for upgrade tests.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from "dexie";
import type { Plan } from "../../../src/domain/schema";
import { cellsOf } from "../../../src/storage/planRecords";

/** Gives the test a localStorage (node has none) backed by the returned Map. */
export function installLocalStorage(): Map<string, string> {
  const kept = new Map<string, string>();
  Object.defineProperty(globalThis, "localStorage", {
    configurable: true,
    value: {
      get length() {
        return kept.size;
      },
      key: (i: number) => [...kept.keys()][i] ?? null,
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
      removeItem: (k: string) => void kept.delete(k),
      clear: () => kept.clear(),
    },
  });
  return kept;
}

/** A middleware that hands every mutation of every table to `mutate`, with the way on (`next`). */
export function onMutate(
  name: string,
  mutate: (
    table: string,
    req: DBCoreMutateRequest,
    next: (req: DBCoreMutateRequest) => Promise<DBCoreMutateResponse>,
  ) => Promise<DBCoreMutateResponse>,
): Middleware<DBCore> {
  return {
    stack: "dbcore",
    name,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return { ...table, mutate: (req) => mutate(tableName, req, (r) => table.mutate(r)) };
      },
    }),
  };
}

/** Version 1 kept one record per value or note, and a cleared value as a record holding null. */
export function cellRecordsV1(plan: Plan) {
  return plan.indicators.flatMap((ind) =>
    [...cellsOf(ind).values()].map((c) => ({
      planId: plan.id,
      indicatorId: ind.id,
      ...c,
      updatedAt: plan.updatedAt,
    })),
  );
}
