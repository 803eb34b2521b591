// A tab still running an older version when a newer one opens (issue 8, data safety): it stops
// taking edits, lets the writes it has queued land — one waiting for its retry included — and only
// then closes the database, so the newer version finds every change: nothing is lost.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { flush, waitFor } from "../storage/helpers";
import { PlanSession } from "../../../src/storage/editPath";
import { DB_NAME } from "../../../src/storage/db";
import { putPlan } from "../../../src/storage/library";
import { databaseStatus, saveState } from "../../../src/storage/storageStatus";
import { failNextWrites } from "../../../src/storage/writeQueue";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

/** What a newer version of the app does on start: open the database at a higher version. */
function openAsNewerVersion(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1000);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function readPlanRecord(db: IDBDatabase, id: string): Promise<{ issuingBody?: string } | undefined> {
  return new Promise((resolve, reject) => {
    const req = db.transaction("plans").objectStore("plans").get(id);
    req.onsuccess = () => resolve(req.result as { issuingBody?: string } | undefined);
    req.onerror = () => reject(req.error);
  });
}

describe("a newer version opened elsewhere", () => {
  it("gets every change this tab made, even one waiting for a retry, and this tab stops writing", async () => {
    await putPlan(demoTraVinh);
    await flush();
    const session = new PlanSession(demoTraVinh.id);
    const stop = session.subscribe(() => undefined);
    await waitFor(() => session.getView().status === "ready", "the plan to load");

    // The write of this edit fails once (a full disk, say) and waits for its retry.
    failNextWrites(1);
    const r = session.dispatch({ type: "setDetails", patch: { issuingBody: "Sở Tài chính (chưa lưu)" } });
    expect(r.ok).toBe(true);
    await waitFor(() => saveState.get().state === "notSaved", "the write to fail once");

    const newer = await openAsNewerVersion();
    try {
      expect(databaseStatus.get().outdated).toBe(true);
      expect((await readPlanRecord(newer, demoTraVinh.id))?.issuingBody).toBe("Sở Tài chính (chưa lưu)");
      expect(saveState.get().state).toBe("saved");
      // From now on this tab takes no edit.
      const later = session.dispatch({ type: "setDetails", patch: { issuingBody: "sau" } });
      expect(later.ok).toBe(false);
      if (!later.ok) expect(later.error.problem).toBe("notWritable");
    } finally {
      newer.close();
      stop();
    }
  });
});
