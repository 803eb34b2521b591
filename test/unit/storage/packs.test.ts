// Packs (src/storage/packs.ts): each indicator's series also kept as one record, read instead of
// them only while they are the same. Every way of writing a series drops its indicator's pack in
// the same transaction; the plan read back is always the plan as its series hold it.
import "fake-indexeddb/auto";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { arbPlan } from "../io/arbitraries";
import { flush, openSession, resetDb } from "./helpers";
import type { Plan } from "../../../src/domain/schema";
import { db } from "../../../src/storage/db";
import { getPlan, putPlan } from "../../../src/storage/library";
import { PACK_LAYOUT, packOf, packsOf, unpack } from "../../../src/storage/packs";
import { isEmptySeries, planToRecords } from "../../../src/storage/planRecords";
import { readWhole } from "../../../src/storage/planRefresh";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

const PLAN = demoTraVinh.id;
const [first, second] = demoTraVinh.indicators;
const withSeries = demoTraVinh.indicators.filter((i) => Object.keys(i.series).length > 0);

const packIds = async () =>
  (await db.packs.toArray()).filter((p) => p.planId === PLAN).map((p) => p.indicatorId);

async function stored(): Promise<Plan> {
  const plan = await getPlan(PLAN);
  if (!plan) throw new Error("no plan");
  return plan;
}

beforeEach(async () => {
  await resetDb();
  await putPlan(demoTraVinh);
});

describe("packs", () => {
  it("are written beside a plan written whole, and the plan reads back the same", async () => {
    expect((await packIds()).sort()).toEqual(withSeries.map((i) => i.id).sort());
    expect(await stored()).toEqual(demoTraVinh);
  });

  it("are what a plan is read from while they are there", async () => {
    // A pack written behind the app's back (raw IndexedDB, no series written) is what is read:
    // so an open really reads packs, not the series records.
    const recs = planToRecords(demoTraVinh).series.filter((s) => s.indicatorId === first!.id);
    const changed = recs.map((r) => ({ ...r, series: { ...r.series, baseline: 4242 } }));
    const tx = db.backendDB().transaction("packs", "readwrite");
    tx.objectStore("packs").put(packOf(PLAN, first!.id, changed));
    await new Promise((resolve) => (tx.oncomplete = resolve));
    const plan = await stored();
    for (const area of Object.keys(plan.indicators[0]!.series))
      expect(plan.indicators[0]!.series[area]!.baseline).toBe(4242);
  });

  it("go with every write of their indicator's series, in whatever way it is written", async () => {
    const key = [PLAN, first!.id, Object.keys(first!.series)[0]!] as [string, string, string];
    const rec = (await db.series.get(key))!;
    // A write of its own (Dexie's implicit transaction).
    await db.series.put({ ...rec, series: { ...rec.series, baseline: 11 } });
    expect(await packIds()).not.toContain(first!.id);
    expect(await packIds()).toContain(second!.id);
    expect((await stored()).indicators[0]!.series[key[2]]!.baseline).toBe(11);
    // A range of series deleted (an indicator removed).
    await db.series
      .where("[planId+indicatorId+area]")
      .between([PLAN, second!.id, -Infinity], [PLAN, second!.id, [[]]])
      .delete();
    expect(await packIds()).not.toContain(second!.id);
    // Read from its (now no) series records, not from the pack that held its values.
    expect(Object.values((await stored()).indicators[1]!.series).every(isEmptySeries)).toBe(true);
  });

  it("follow the edit path: a value typed drops one pack, the open builds it again", async () => {
    const s = await openSession(PLAN);
    const area = Object.keys(first!.series)[0]!;
    expect(s.dispatch({ type: "setCell", indicatorId: first!.id, area, key: "baseline", value: 77 }).ok).toBe(
      true,
    );
    await flush();
    expect(await packIds()).not.toContain(first!.id);
    expect((await stored()).indicators[0]!.series[area]!.baseline).toBe(77);
    // The next read of the whole plan (a page opening it) reads that indicator from its series and
    // packs it again.
    const read = await readWhole(db, PLAN);
    expect(read?.stored.plan.indicators[0]!.series[area]!.baseline).toBe(77);
    for (let i = 0; i < 100 && !(await packIds()).includes(first!.id); i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    const pack = await db.packs.get([PLAN, first!.id]);
    expect(pack && unpack(pack).find((r) => r.area === area)?.series.baseline).toBe(77);
    expect((await stored()).indicators).toEqual(s.getView().plan!.indicators);
  });
});

describe("a pack of another layout", () => {
  it("is not read: the indicator comes from its series, and is packed again in this one", async () => {
    const [pack] = await db.packs.where("[planId+indicatorId]").equals([PLAN, first!.id]).toArray();
    const tx = db.backendDB().transaction("packs", "readwrite");
    tx.objectStore("packs").put({ ...pack!, layout: 0, series: "[]" });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    expect(await stored()).toEqual(demoTraVinh);
    await readWhole(db, PLAN);
    for (let i = 0; i < 100 && (await db.packs.get([PLAN, first!.id]))?.layout !== PACK_LAYOUT; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await db.packs.get([PLAN, first!.id]))?.layout).toBe(PACK_LAYOUT);
  });
});

describe("a pack's layout", () => {
  it("gives back every series as stored: targets of every bound, estimates, shares' parts, notes", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const series = planToRecords(plan).series;
        const back = packsOf(plan.id, series).flatMap(unpack);
        const key = (r: { indicatorId: string; area: string }) => `${r.indicatorId} ${r.area}`;
        expect(new Map(back.map((r) => [key(r), r]))).toEqual(new Map(series.map((r) => [key(r), r])));
      }),
      { numRuns: 200 },
    );
  });
});
