// The real thing the soak drives: one database (fake-indexeddb), tabs that each have their own
// Dexie connection, write queue and plan session — the app's own classes — and the hazards put on
// them: a connection whose writes fail with QuotaExceededError (from put/add, as a full disk does),
// a tab that goes away with writes in flight (closed: its waiting writes kept for the next start;
// crashed: nothing kept), and data written by an earlier schema version.
import type { DBCore, Middleware } from "dexie";
import type { Plan } from "../../../../src/domain/schema";
import { HtxDb, LATEST_VERSION } from "../../../../src/storage/db";
import { PlanSession } from "../../../../src/storage/editPath";
import { getPlan } from "../../../../src/storage/library";
import { planToRecords } from "../../../../src/storage/planRecords";
import { keepUnsaved, replayUnsaved } from "../../../../src/storage/unsaved";
import { WriteQueue } from "../../../../src/storage/writeQueue";
import { cellRecordsV1, installLocalStorage, onMutate } from "../testDb";

// The page's localStorage (writes kept over a reload live there), shared by every tab.
const kept = installLocalStorage();

export interface Hazards {
  /** put/add fail with QuotaExceededError (the transaction aborts: nothing of it lands). */
  full: boolean;
  /** The page is gone: nothing more of this connection reaches the disk. */
  gone: boolean;
}

export interface Tab {
  db: HtxDb;
  queue: WriteQueue;
  session: PlanSession;
  hazards: Hazards;
  stop: () => void;
}

function hazardsMiddleware(h: Hazards): Middleware<DBCore> {
  return onMutate("soak-hazards", (_table, req, next) => {
    if (h.gone) return Promise.reject(new DOMException("The page is gone", "AbortError"));
    if (h.full && (req.type === "put" || req.type === "add"))
      return Promise.reject(new DOMException("Disk full (soak)", "QuotaExceededError"));
    return next(req);
  });
}

/** The plan as data written by schema version `version` comes back: what it could not hold, defaulted. */
export function asStoredBy(plan: Plan, version: number): Plan {
  if (version >= 3) return plan;
  const subAreas = plan.subAreas.map((a) => ({ ...a, code: "", groupId: null }));
  return { ...plan, statusBasis: "gain", subAreaGroups: [], subAreas };
}

/** Write a plan the way schema version `version` stored it (1: one record per value; 3: format v2). */
async function writeAtVersion(name: string, version: number, plan: Plan): Promise<void> {
  const old = new HtxDb(name, version);
  const r = planToRecords(plan);
  // Before version 3 (file format v2) a plan had no groups, no status basis, no sub-area codes.
  const { statusBasis: _b, subAreaGroups: _g, ...before3 } = r.plan;
  const details =
    version < 3 ? { ...before3, subAreas: r.plan.subAreas.map(({ id, name }) => ({ id, name })) } : r.plan;
  await old.transaction("rw", old.tables, async () => {
    await old.table("plans").add(details);
    await old.table("indicators").bulkAdd(r.indicators);
    await old.table("tasks").bulkAdd(r.tasks);
    if (version === 1) await old.table("cells").bulkAdd(cellRecordsV1(plan));
    else await old.table("series").bulkAdd(r.series);
    await old.table("meta").add({ key: "seededAt", value: plan.createdAt });
  });
  old.close();
}

let worlds = 0;
const RUN = Math.random().toString(36).slice(2, 8);
let tick = 0;
const BASE = Date.parse("2026-01-01T00:00:00.000Z");

export class World {
  readonly tabs: Tab[] = [];
  readonly observer: HtxDb;
  /** The time stamp of the last edit any tab made (the model keeps it with the write). */
  lastNow = "";
  private closedTabs = 0;

  private constructor(
    readonly name: string,
    readonly planId: string,
  ) {
    this.observer = new HtxDb(name);
  }

  /** A database holding `plan` as schema version `fromVersion` wrote it, opened by `tabs` tabs. */
  static async create(plan: Plan, fromVersion: number, tabs: number): Promise<World> {
    const name = `soak-${RUN}-${++worlds}`;
    await writeAtVersion(name, fromVersion, plan);
    const w = new World(name, plan.id);
    // The first tab opens the current version: the upgrade runs there.
    for (let i = 0; i < tabs; i++) w.tabs.push(await w.openTab());
    if (w.tabs[0]!.db.verno !== LATEST_VERSION) throw new Error("the database was not upgraded");
    return w;
  }

  now = (): string => {
    this.lastNow = new Date(BASE + ++tick).toISOString();
    return this.lastNow;
  };

  private async openTab(): Promise<Tab> {
    const hazards: Hazards = { full: false, gone: false };
    const db = new HtxDb(this.name);
    db.use(hazardsMiddleware(hazards));
    const queue = new WriteQueue(db);
    // A new page: first what closed tabs kept is written, then the plan is read.
    await replayUnsaved(queue);
    const session = new PlanSession(this.planId, { db, queue, now: this.now });
    const stop = session.subscribe(() => undefined);
    await until(() => session.getView().status === "ready", "a tab to read the plan");
    return { db, queue, session, hazards, stop };
  }

  /**
   * Tab `i` goes away and a new page takes its place. `keep`: it closed normally (pagehide keeps its
   * waiting writes); otherwise it crashed and nothing of it survives but what had landed.
   */
  async replaceTab(i: number, keep: boolean): Promise<void> {
    const t = this.tabs[i]!;
    if (keep) {
      keepUnsaved(t.queue);
      // Every tab here is one module: give the kept writes a dead tab's name, as a closed page has.
      for (const k of [...kept.keys()])
        if (k.startsWith("htx-plan.unsaved.") && !k.includes(".closed-")) {
          kept.set(`htx-plan.unsaved.closed-${++this.closedTabs}`, kept.get(k)!);
          kept.delete(k);
        }
    }
    t.hazards.gone = true;
    t.stop();
    t.db.close();
    this.tabs[i] = await this.openTab();
  }

  /** Wait until every write of the tabs whose disk is not full has landed. */
  async flush(): Promise<void> {
    for (const t of this.tabs) if (!t.hazards.full) await t.queue.enqueue(async () => undefined).done;
  }

  /** The plan as stored, read by a connection of its own (as a fresh page would). */
  stored(): Promise<Plan | null> {
    return getPlan(this.planId, this.observer);
  }

  async dispose(): Promise<void> {
    for (const t of this.tabs) {
      t.hazards.gone = true;
      t.stop();
      t.db.close();
    }
    this.observer.close();
    kept.clear();
  }
}

/** Whether a session has finished reading what changed (no read running or waiting). */
export function sessionIdle(s: PlanSession): boolean {
  const p = s as unknown as { reading: boolean; readTimer: unknown; touched: unknown };
  return !p.reading && p.readTimer === null && p.touched === null;
}

export async function until(ok: () => boolean, what: string, ticks = 2000): Promise<void> {
  for (let i = 0; i < ticks; i++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, i < 50 ? 0 : 2));
  }
  throw new Error(`timed out waiting for ${what}`);
}
