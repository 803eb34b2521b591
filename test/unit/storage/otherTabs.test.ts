// Lost change notices (issue 15, browser soak seed 47455): a tab killed just after its write
// committed never sends the notice; the pages following the plan read it again when that tab's lock
// comes free, or when they come into view and the plan's last change is not the one they read.
import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { flush, openSession, resetDb, waitFor } from "./helpers";
import type { Plan } from "../../../src/domain/schema";
import { db } from "../../../src/storage/db";
import { putPlan } from "../../../src/storage/library";
import { createTabWatch, type TabEvents, type TabLocks, type TabWatch } from "../../../src/storage/otherTabs";
import type { SeriesRecord } from "../../../src/storage/planRecords";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

const IND = demoTraVinh.indicators[0]!.id;
const baselineOf = (p: Plan | null) => p?.indicators[0]?.series["tra-cu"]?.baseline;

/** Web Locks as far as the watch uses them: locks held by tabs, and a tab that dies. */
function fakeLocks() {
  const held = new Set<string>();
  const waiters = new Map<string, () => void>();
  const waits: string[] = [];
  const locks: TabLocks = {
    held: () => Promise.resolve([...held]),
    whenFree: (name, signal) =>
      new Promise<void>((resolve, reject) => {
        waits.push(name);
        if (!held.has(name)) return resolve();
        waiters.set(name, resolve);
        signal.addEventListener("abort", () => {
          waiters.delete(name);
          reject(new Error("AbortError"));
        });
      }),
  };
  const die = (name: string) => {
    held.delete(name);
    waiters.get(name)?.();
    waiters.delete(name);
  };
  return { held, waiters, waits, locks, die };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

/** A write straight to IndexedDB, past Dexie: as if its tab died before the notice went out. */
async function writeWithoutNotice(value: number, updatedAt: string): Promise<void> {
  const rec = (await db.series.get([demoTraVinh.id, IND, "tra-cu"])) as SeriesRecord;
  const next: SeriesRecord = { ...rec, series: { ...rec.series, baseline: value }, updatedAt };
  // As the app writes it (its pack goes in the same transaction, packs.ts), without the notice.
  const tx = db.backendDB().transaction(["series", "packs"], "readwrite");
  tx.objectStore("series").put(next);
  tx.objectStore("packs").delete([demoTraVinh.id, IND]);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
}

const open = (tabs: TabWatch) => openSession(demoTraVinh.id, { tabs });

beforeEach(async () => {
  await resetDb();
  await putPlan(demoTraVinh);
});

describe("the watch over other tabs", () => {
  it("waits for every other tab's alive lock, not its own nor other locks, and says when one goes", async () => {
    const f = fakeLocks();
    for (const name of ["htx-plan.alive.me", "htx-plan.alive.b", "htx-plan.tab.b", "other"]) f.held.add(name);
    const watch = createTabWatch(f.locks, "me");
    const seen: string[] = [];
    const events: TabEvents = { gone: () => seen.push("gone"), shown: () => seen.push("shown") };
    const stop = watch.watch(events);
    await settle();
    expect(f.waits).toEqual(["htx-plan.alive.b"]);
    f.die("htx-plan.alive.b");
    await settle();
    expect(seen).toEqual(["gone"]);
    // A tab opened later is found by the next look (its own word, the page shown, the slow timer).
    f.held.add("htx-plan.alive.c");
    watch.shown();
    await settle();
    expect(seen).toEqual(["gone", "shown"]);
    expect(f.waits).toEqual(["htx-plan.alive.b", "htx-plan.alive.c"]);
    // Not watched any more: the waits are given up, a tab going later says nothing.
    stop();
    expect(f.waiters.size).toBe(0);
    f.die("htx-plan.alive.c");
    await settle();
    expect(seen).toEqual(["gone", "shown"]);
  });

  it("a lock found free once is not waited for again by a look that began before it went", async () => {
    const f = fakeLocks();
    f.held.add("htx-plan.alive.b");
    const watch = createTabWatch(f.locks, "me");
    let gone = 0;
    const stop = watch.watch({ gone: () => (gone += 1), shown: () => undefined });
    await settle();
    f.waiters.get("htx-plan.alive.b")?.();
    await settle();
    watch.look();
    await settle();
    expect(gone).toBe(1);
    expect(f.waits).toEqual(["htx-plan.alive.b"]);
    stop();
  });

  it("without Web Locks it watches nothing and never calls back", async () => {
    const watch = createTabWatch(null, "me");
    let called = 0;
    const stop = watch.watch({ gone: () => (called += 1), shown: () => (called += 1) });
    watch.look();
    watch.shown();
    await settle();
    expect(called).toBe(0);
    stop();
  });
});

describe("a page whose change notice was lost", () => {
  it("shows the stored value once the tab that wrote it is gone", async () => {
    const f = fakeLocks();
    f.held.add("htx-plan.alive.b");
    const s = await open(createTabWatch(f.locks, "me"));
    await settle();
    await writeWithoutNotice(767, "2099-01-01T00:00:00.000Z");
    await settle();
    // No notice came: the page still shows the old value (the finding)…
    expect(baselineOf(s.getView().plan)).not.toBe(767);
    // …until tab b's lock comes free.
    f.die("htx-plan.alive.b");
    await waitFor(() => baselineOf(s.getView().plan) === 767, "the stored value to be shown");
  });

  it("reads the plan again when the page is shown and its last change is not the one read", async () => {
    const f = fakeLocks();
    const watch = createTabWatch(f.locks, "me");
    const s = await open(watch);
    const shownBefore = s.getView().plan;
    // Shown with nothing changed: nothing is read, the plan shown stays the same object.
    watch.shown();
    await settle();
    expect(s.getView().plan).toBe(shownBefore);
    await writeWithoutNotice(767, "2099-01-01T00:00:00.000Z");
    await settle();
    expect(baselineOf(s.getView().plan)).not.toBe(767);
    watch.shown();
    await waitFor(() => baselineOf(s.getView().plan) === 767, "the stored value to be shown");
    await flush();
  });
});
