// Shared by the storage tests: a clean database per test, waiting for liveQuery, counting writes.
import type { DBCoreMutateRequest } from "dexie";
import { db } from "../../../src/storage/db";
import { PlanSession, type SessionDeps } from "../../../src/storage/editPath";
import { writeQueue } from "../../../src/storage/writeQueue";
import { onMutate } from "./testDb";

export interface WriteLog {
  table: string;
  type: DBCoreMutateRequest["type"];
  count: number;
}

/** Every mutation that reaches IndexedDB, with how many records it touches. */
export const writes: WriteLog[] = [];
db.use(
  onMutate("test-write-counter", (table, req, next) => {
    const count =
      req.type === "deleteRange" ? 1 : req.type === "delete" ? req.keys.length : req.values.length;
    writes.push({ table, type: req.type, count });
    return next(req);
  }),
);

export async function resetDb(): Promise<void> {
  await flush();
  await db.transaction("rw", db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
  writes.length = 0;
}

/** Wait until every queued write has landed. */
export async function flush(): Promise<void> {
  await writeQueue.enqueue(async () => undefined).done;
}

export async function waitFor<T>(get: () => T | null | undefined | false, what = "condition"): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = get();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const recordsWritten = (): number => writes.reduce((n, w) => n + w.count, 0);

/** A session on a stored plan, listened to (so it follows the database), once it has read the plan. */
export async function openSession(planId: string, deps: Partial<SessionDeps> = {}): Promise<PlanSession> {
  const s = new PlanSession(planId, deps);
  s.subscribe(() => undefined);
  await waitFor(() => s.getView().status === "ready", "the plan to load");
  return s;
}
