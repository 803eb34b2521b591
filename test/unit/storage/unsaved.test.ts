// Edits whose write has not landed when the page goes are kept (localStorage) and written at the
// next start; a value another tab wrote since is not taken back.
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flush, resetDb, waitFor } from "./helpers";
import type { Edit } from "../../../src/domain/edits";
import { PlanSession } from "../../../src/storage/editPath";
import { getPlan, putPlan } from "../../../src/storage/library";
import { db } from "../../../src/storage/db";
import { keepUnsaved, replayUnsaved } from "../../../src/storage/unsaved";
import { failNextWrites, WriteQueue, writeQueue } from "../../../src/storage/writeQueue";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { installLocalStorage } from "./testDb";

// The page's localStorage, as a Map.
const kept = installLocalStorage();

const IND = demoTraVinh.indicators[0]!.id;
const baseline = (value: number, area = "tra-cu"): Edit => ({
  type: "setCell",
  indicatorId: IND,
  area,
  key: "baseline",
  value,
});
const storedBaseline = async (area = "tra-cu") =>
  (await getPlan(demoTraVinh.id))?.indicators[0]?.series[area]?.baseline;

const stuck: WriteQueue[] = [];

/** A tab whose writes cannot land (its disk is full): they wait in its queue. */
async function stuckTab() {
  const queue = new WriteQueue(db);
  stuck.push(queue);
  const s = new PlanSession(demoTraVinh.id, { queue });
  s.subscribe(() => undefined);
  await waitFor(() => s.getView().status === "ready", "the plan to load");
  failNextWrites(1000);
  return { s, queue };
}

/** What a closed tab left: its kept writes, under another tab's name. */
function asClosedTab(): void {
  const [key, value] = [...kept.entries()][0]!;
  kept.delete(key);
  kept.set("htx-plan.unsaved.closed-tab", value);
}

afterEach(async () => {
  // The "closed" tabs' queues still retry here: let them land before the next test's database.
  failNextWrites(0);
  for (const q of stuck.splice(0)) {
    q.retryNow();
    await q.enqueue(async () => undefined).done;
  }
});

beforeEach(async () => {
  failNextWrites(0);
  await resetDb();
  await putPlan(demoTraVinh);
  kept.clear();
});

describe("writes kept over a reload", () => {
  it("a write that has not landed is kept as the page goes, and written at the next start", async () => {
    const { s, queue } = await stuckTab();
    s.dispatch(baseline(4321));
    s.dispatch({ type: "setDetails", patch: { notes: "Ghi chú chưa kịp lưu" } });
    expect(keepUnsaved(queue)).toBe(true);
    expect(kept.size).toBe(1);
    // The page is gone: its queue never lands. The next start writes what it kept.
    failNextWrites(0);
    asClosedTab();
    const fresh = new WriteQueue(db);
    expect(await replayUnsaved(fresh)).toBe(2);
    expect(await storedBaseline()).toBe(4321);
    expect((await getPlan(demoTraVinh.id))?.notes).toBe("Ghi chú chưa kịp lưu");
    expect(kept.size).toBe(0);
    // Nothing kept: nothing replayed.
    expect(await replayUnsaved(fresh)).toBe(0);
  });

  it("a value written by another tab after the kept one is not taken back", async () => {
    const { s, queue } = await stuckTab();
    s.dispatch(baseline(1111));
    s.dispatch(baseline(2222, "cang-long"));
    keepUnsaved(queue);
    failNextWrites(0);
    asClosedTab();
    // Meanwhile another tab writes the Trà Cú series.
    const other = new PlanSession(demoTraVinh.id, { queue: writeQueue });
    other.subscribe(() => undefined);
    await waitFor(() => other.getView().status === "ready", "the other tab");
    await new Promise((r) => setTimeout(r, 5));
    other.dispatch(baseline(9999));
    await flush();
    await replayUnsaved(new WriteQueue(db));
    expect(await storedBaseline()).toBe(9999);
    expect(await storedBaseline("cang-long")).toBe(2222);
  });

  it("once the writes land, nothing stays kept", async () => {
    const { s, queue } = await stuckTab();
    s.dispatch(baseline(77));
    keepUnsaved(queue);
    expect(kept.size).toBe(1);
    failNextWrites(0);
    queue.retryNow();
    await queue.enqueue(async () => undefined).done;
    expect(keepUnsaved(queue)).toBe(true);
    expect(kept.size).toBe(0);
    expect(await storedBaseline()).toBe(77);
  });
});
