import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { flush, openSession, recordsWritten, resetDb, waitFor, writes } from "./helpers";
import type { Edit } from "../../../src/domain/edits";
import type { Plan } from "../../../src/domain/schema";
import { PlanSession } from "../../../src/storage/editPath";
import { getPlan, putPlan } from "../../../src/storage/library";
import { db } from "../../../src/storage/db";
import { failNextWrites, WriteQueue } from "../../../src/storage/writeQueue";
import { saveState } from "../../../src/storage/storageStatus";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

const IND = demoTraVinh.indicators[0]!.id;
const cell = (value: number): Edit => ({
  type: "setCell",
  indicatorId: IND,
  area: "tra-cu",
  key: "baseline",
  value,
});
/** Reads of series, and whether each asked for one indicator's series only. */
const reads: { table: string; one: boolean }[] = [];
db.use({
  stack: "dbcore",
  name: "test-read-counter",
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        query: (req) => {
          const lower = req.query.range.lower as unknown[] | undefined;
          const upper = req.query.range.upper as unknown[] | undefined;
          reads.push({ table: name, one: Boolean(lower?.[1] && lower[1] === upper?.[1]) });
          return table.query(req);
        },
      };
    },
  }),
});

const baselineOf = (p: Plan | null) => p?.indicators[0]?.series["tra-cu"]?.baseline;

/** A session; `queue` apart from the default one stands for another tab (its own write queue). */
function open(plan: Plan = demoTraVinh, queue?: WriteQueue): Promise<PlanSession> {
  return openSession(plan.id, queue ? { queue } : {});
}

beforeEach(async () => {
  await resetDb();
  await putPlan(demoTraVinh);
  writes.length = 0;
});

describe("the one edit path", () => {
  it("refuses nothing before the stored plan has been read", () => {
    const s = new PlanSession(demoTraVinh.id);
    const r = s.dispatch(cell(1));
    expect(r).toMatchObject({ ok: false, error: { problem: "notWritable" } });
  });

  it("one cell edit writes exactly one record, in one transaction", async () => {
    const s = await open();
    expect(s.dispatch(cell(40)).ok).toBe(true);
    // The view changes at once, before the write lands.
    expect(baselineOf(s.getView().plan)).toBe(40);
    await flush();
    expect(writes).toEqual([{ table: "series", type: "put", count: 1 }]);
    expect(baselineOf(await getPlan(demoTraVinh.id))).toBe(40);
  });

  it("a refused edit changes nothing and writes nothing", async () => {
    const s = await open();
    const r = s.dispatch({ type: "setCell", indicatorId: IND, area: "tra-cu", key: "baseline", value: -3 });
    expect(r).toMatchObject({ ok: false, error: { problem: "negative" } });
    await flush();
    expect(recordsWritten()).toBe(0);
    expect(s.getView().canUndo).toBe(false);
  });

  it("a batch is one transaction and one undo step", async () => {
    const s = await open();
    const batch: Edit = {
      type: "batch",
      edits: [cell(7), { type: "setCell", indicatorId: IND, area: "cang-long", key: "baseline", value: 8 }],
    };
    expect(s.dispatch(batch).ok).toBe(true);
    await flush();
    expect(writes).toEqual([
      { table: "series", type: "put", count: 1 },
      { table: "series", type: "put", count: 1 },
    ]);
    expect(s.undo()).toEqual({ ok: true });
    expect(s.getView().canUndo).toBe(false);
    await flush();
    const stored = await getPlan(demoTraVinh.id);
    expect(stored?.indicators[0]?.series["cang-long"]?.baseline).toBe(
      demoTraVinh.indicators[0]!.series["cang-long"]!.baseline,
    );
  });

  it("undo and redo go through storage; after undo the stored plan equals what is shown", async () => {
    const s = await open();
    const before = baselineOf(demoTraVinh);
    s.dispatch(cell(41));
    s.dispatch({ type: "setDetails", patch: { notes: "Ghi chú" } });
    s.dispatch({ type: "moveIndicator", indicatorId: IND, toIndex: 3 });
    expect(s.undo().ok).toBe(true);
    expect(s.undo().ok).toBe(true);
    expect(s.undo().ok).toBe(true);
    expect(s.undo()).toEqual({ ok: false, reason: "nothing" });
    await flush();
    const stored = await getPlan(demoTraVinh.id);
    await waitFor(
      () => s.getView().plan?.notes === demoTraVinh.notes && baselineOf(s.getView().plan) === before,
      "view after undo",
    );
    expect({ ...stored, updatedAt: "" }).toEqual({ ...s.getView().plan, updatedAt: "" });
    expect({ ...stored, updatedAt: "" }).toEqual({ ...demoTraVinh, updatedAt: "" });
    expect(s.redo().ok).toBe(true);
    await flush();
    expect(baselineOf(await getPlan(demoTraVinh.id))).toBe(41);
  });

  it("a move rewrites only the moved indicator's record", async () => {
    const s = await open();
    s.dispatch({ type: "moveIndicator", indicatorId: IND, toIndex: 5 });
    await flush();
    expect(writes).toEqual([{ table: "indicators", type: "put", count: 1 }]);
    const stored = await getPlan(demoTraVinh.id);
    expect(stored?.indicators.map((i) => i.id)).toEqual(s.getView().plan?.indicators.map((i) => i.id));
    expect(stored?.indicators[5]?.id).toBe(IND);
  });

  it("shows another tab's writes, and undo leaves a value another tab changed since", async () => {
    const mine = await open();
    const other = await open();
    mine.dispatch(cell(50));
    await waitFor(() => baselineOf(other.getView().plan) === 50, "the other tab to see the change");
    other.dispatch(cell(60));
    await waitFor(() => baselineOf(mine.getView().plan) === 60, "this tab to see the other's change");
    expect(mine.undo()).toEqual({ ok: false, reason: "changedElsewhere" });
    await flush();
    expect(baselineOf(await getPlan(demoTraVinh.id))).toBe(60);
    // Undo of the other tab's own edit still works: it is that tab's.
    expect(other.undo().ok).toBe(true);
    await flush();
    expect(baselineOf(await getPlan(demoTraVinh.id))).toBe(50);
  });

  it("a failed write is kept, shown as not saved, retried, and lands", async () => {
    const s = await open();
    failNextWrites(2);
    s.dispatch(cell(77));
    await waitFor(() => saveState.get().state === "notSaved", "not saved");
    expect(saveState.get()).toMatchObject({ reason: "quotaExceeded", retrying: true });
    // The shown plan keeps the edit while the write waits.
    expect(baselineOf(s.getView().plan)).toBe(77);
    await flush();
    expect(saveState.get().state).toBe("saved");
    expect(baselineOf(await getPlan(demoTraVinh.id))).toBe(77);
  });

  it("merges another tab's write with this tab's unsaved edit without jumping back", async () => {
    const mine = await open();
    const other = await open(demoTraVinh, new WriteQueue(db));
    failNextWrites(1);
    mine.dispatch(cell(88));
    other.dispatch({ type: "setDetails", patch: { notes: "Từ thẻ khác" } });
    await waitFor(() => mine.getView().plan?.notes === "Từ thẻ khác", "the other tab's note");
    // The stored plan read back lacks this tab's edit (its write failed); the view still shows it.
    expect(baselineOf((await getPlan(demoTraVinh.id)) ?? null)).not.toBe(88);
    expect(baselineOf(mine.getView().plan)).toBe(88);
    await flush();
    const stored = await getPlan(demoTraVinh.id);
    expect(baselineOf(stored)).toBe(88);
    expect(stored?.notes).toBe("Từ thẻ khác");
  });

  it("a plan removed meanwhile is reported missing", async () => {
    await putPlan(traVinh2021);
    const s = await open(traVinh2021);
    const { purgePlan } = await import("../../../src/storage/library");
    await purgePlan(traVinh2021.id);
    await waitFor(() => s.getView().status === "missing", "missing");
    expect(s.dispatch(cell(1)).ok).toBe(false);
  });
});

describe("following changes without reading the whole plan again", () => {
  it("after a value edit, other indicators keep their objects and the shown plan equals the stored one", async () => {
    const s = await open();
    const before = s.getView().plan!;
    s.dispatch(cell(42));
    const edited = s.getView().plan!;
    await flush();
    await new Promise((r) => setTimeout(r, 20));
    const after = s.getView().plan!;
    // The edited indicator as shown when typed stays the same object once stored: nothing repaints.
    expect(after.indicators[0]).toBe(edited.indicators[0]);
    expect(after.indicators.slice(1)).toEqual(before.indicators.slice(1));
    after.indicators.slice(1).forEach((ind, i) => expect(ind).toBe(before.indicators[i + 1]));
    expect({ ...(await getPlan(demoTraVinh.id)), updatedAt: "" }).toEqual({ ...after, updatedAt: "" });
  });

  it("another tab's change to one value is read alone and shown", async () => {
    const mine = await open();
    const other = await open(demoTraVinh, new WriteQueue(db));
    const before = mine.getView().plan!;
    reads.length = 0;
    other.dispatch({ type: "setCell", indicatorId: IND, area: "cang-long", key: "baseline", value: 9 });
    await waitFor(
      () => mine.getView().plan?.indicators[0]?.series["cang-long"]?.baseline === 9,
      "the other tab's value",
    );
    expect(mine.getView().plan!.indicators[1]).toBe(before.indicators[1]);
    // The series of that one indicator, not the plan's ~100 series.
    const seriesReads = reads.filter((r) => r.table === "series");
    expect(seriesReads.length).toBeGreaterThan(0);
    expect(seriesReads.every((r) => r.one)).toBe(true);
    // Only the series written is read again: the indicator's other series keep their objects.
    const now = mine.getView().plan!.indicators[0]!;
    for (const [area, s] of Object.entries(before.indicators[0]!.series))
      if (area !== "cang-long") expect(now.series[area]).toBe(s);
  });

  it("two tabs changing different values of one series both keep their change", async () => {
    const mine = await open();
    const other = await open(demoTraVinh, new WriteQueue(db));
    mine.dispatch(cell(70));
    other.dispatch({
      type: "setCell",
      indicatorId: IND,
      area: "tra-cu",
      key: "plan:2023",
      value: { bound: "exact", value: 33 },
    });
    await flush();
    const stored = await getPlan(demoTraVinh.id);
    expect(stored?.indicators[0]?.series["tra-cu"]?.baseline).toBe(70);
    expect(stored?.indicators[0]?.series["tra-cu"]?.plan["2023"]).toEqual({ bound: "exact", value: 33 });
    await waitFor(() => mine.getView().plan?.indicators[0]?.series["tra-cu"]?.plan["2023"], "mine to see it");
    await waitFor(() => other.getView().plan?.indicators[0]?.series["tra-cu"]?.baseline === 70, "other");
  });

  it("an indicator added and removed in another tab appears and goes", async () => {
    const mine = await open();
    const other = await open(demoTraVinh, new WriteQueue(db));
    const added = { ...demoTraVinh.indicators[0]!, id: "new-one", code: "9" };
    other.dispatch({ type: "addIndicator", indicator: added, index: 1 });
    await waitFor(() => mine.getView().plan?.indicators[1]?.id === "new-one", "the new indicator");
    expect(mine.getView().plan!.indicators[1]).toEqual(added);
    other.dispatch({ type: "removeIndicator", indicatorId: "new-one" });
    await waitFor(() => mine.getView().plan?.indicators.every((i) => i.id !== "new-one"), "it to go");
    await flush();
    expect({ ...(await getPlan(demoTraVinh.id)), updatedAt: "" }).toEqual({
      ...mine.getView().plan,
      updatedAt: "",
    });
  });
});

describe("unchanged parts keep their objects", () => {
  it("another tab's value edit leaves the plan's details (sub-areas) as the same objects", async () => {
    const mine = await open();
    const other = await open(demoTraVinh, new WriteQueue(db));
    const before = mine.getView().plan!;
    other.dispatch({ type: "setCell", indicatorId: IND, area: "cang-long", key: "baseline", value: 11 });
    await waitFor(
      () => mine.getView().plan?.indicators[0]?.series["cang-long"]?.baseline === 11,
      "the value",
    );
    const after = mine.getView().plan!;
    expect(after.subAreas).toBe(before.subAreas);
    expect(after.legalRef).toBe(before.legalRef);
    expect(after.tasks).toBe(before.tasks);
  });
});
