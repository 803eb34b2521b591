// The one edit path. A PlanSession holds one plan as this tab sees it:
//   shown plan = the plan as stored (kept up to date from Dexie's change notices, so other tabs'
//                writes appear; only the records that changed are read again — planRefresh.ts)
//              + this tab's edits that the database does not hold yet.
// dispatch(edit) validates and applies the edit at once (a refused edit changes nothing), queues the
// records it changed as ONE transaction, and keeps what it wrote for undo. Undo applies the inverse
// edit through the same path — unless another tab has changed those records since, in which case it
// says so and leaves them (DECISIONS.md "Identity, tabs, input").
// A notice can be lost (a tab killed just after its write committed): when another tab goes away the
// whole plan is read again, and when the page comes into view the plan's last change is compared with
// what was read (otherTabs.ts).
import Dexie, { type ObservabilitySet } from "dexie";
import { applyEdit, type Edit, type EditError } from "../domain/edits";
import type { Plan } from "../domain/schema";
import { db as defaultDb, type HtxDb } from "./db";
import {
  OwnRemovals,
  diffInScope,
  refKey,
  scopeOf,
  stillAsWritten,
  undoTakesOnlyOwn,
  writtenBy,
  type Change,
  type RecordRef,
  type Written,
} from "./editChanges";
import { assignOrders, positionsWritten } from "./order";
import { tabWatch, type TabWatch } from "./otherTabs";
import { indicatorOrderKey, taskOrderKey, type AssembledPlan } from "./planRecords";
import { patchPlan, readTouched, readWhole, reuseUnchanged } from "./planRefresh";
import { storedLastChange } from "./reads";
import { databaseStatus } from "./storageStatus";
import { layReplaced } from "./waitingReplace";
import {
  everythingTouched,
  isTouched,
  mergeTouched,
  nothingTouched,
  touchedBy,
  type Touched,
} from "./touched";
import type { JournalEntry } from "./unsaved";
import { writeChanges } from "./writeChanges";
import { writeQueue as defaultQueue, type WriteQueue } from "./writeQueue";

export type DispatchResult = { ok: true } | { ok: false; error: EditError };

export type UndoOutcome =
  { ok: true } | { ok: false; reason: "nothing" | "changedElsewhere" | "readOnly" | "refused" };

export type SessionStatus = "loading" | "ready" | "missing" | "deleted" | "failed";

export interface SessionView {
  status: SessionStatus;
  /** Null until the stored plan has been read: nothing can be edited (or written) before that. */
  plan: Plan | null;
  canUndo: boolean;
  canRedo: boolean;
}

interface Pending {
  seq: number;
  edit: Edit;
  orders: Map<string, number>;
  /** The plan shown before a whole plan was written (replacePlan): what that write changed. */
  before?: Plan;
  /** What its write removes (deletes and cleared values). */
  removals: Change[];
}

interface UndoEntry {
  /** The edit that takes the plan back (or forward again, for redo). */
  edit: Edit;
  /** What the original edit wrote: undo goes ahead only while the records still hold it. */
  written: Written[];
  /** The original edit's write in the queue (none for a whole plan written at once). */
  seq?: number;
}

export interface SessionDeps {
  db: HtxDb;
  queue: WriteQueue;
  now: () => string;
  tabs: TabWatch;
}

let lastStamp = "";
/** ISO time, strictly increasing within this tab so that the latest change is always the last. */
function monotonicNow(): string {
  let now = new Date().toISOString();
  if (now <= lastStamp) now = new Date(Date.parse(lastStamp) + 1).toISOString();
  lastStamp = now;
  return now;
}

const MAX_UNDO = 200;
/** After another tab went, the plan's last change is looked at once more (a commit may come late). */
const LOOK_AGAIN_MS = 2000;

export class PlanSession {
  private base: AssembledPlan | null = null;
  private pending: Pending[] = [];
  private undoStack: UndoEntry[] = [];
  private redoStack: UndoEntry[] = [];
  private view: SessionView = { status: "loading", plan: null, canUndo: false, canRedo: false };
  private listeners = new Set<() => void>();
  private listening = false;
  /** What changed since the last read; null when nothing waits to be read. */
  private touched: Touched | null = null;
  private reading = false;
  private readTimer: ReturnType<typeof setTimeout> | null = null;
  private stopTabs: (() => void) | null = null;
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly deps: SessionDeps;

  constructor(
    readonly planId: string,
    deps: Partial<SessionDeps> = {},
  ) {
    this.deps = { db: defaultDb, queue: defaultQueue, now: monotonicNow, tabs: tabWatch, ...deps };
  }

  getView = (): SessionView => this.view;

  /** Listen to the view; the first listener starts reading the database, the last one stops it. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.listening) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  private start(): void {
    this.listening = true;
    Dexie.on.storagemutated.subscribe(this.onMutated);
    this.stopTabs = this.deps.tabs.watch({ gone: this.onTabGone, shown: () => void this.check() });
    this.readAll();
  }

  private readAll(): void {
    this.touched = mergeTouched(this.touched, everythingTouched());
    this.scheduleRead(false);
  }

  /** Another tab went: the notices of its last writes may never come. */
  private onTabGone = (): void => {
    this.readAll();
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => {
      this.checkTimer = null;
      void this.check();
    }, LOOK_AGAIN_MS);
  };

  /** Read the plan again if its last change is not the one last read. */
  private async check(): Promise<void> {
    if (!this.listening || !this.base) return;
    const last = await storedLastChange(this.deps.db, this.planId).catch(() => undefined);
    if (last !== undefined && this.listening && last !== this.base?.plan.updatedAt) this.readAll();
  }

  private stop(): void {
    this.listening = false;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    this.stopTabs?.();
    this.stopTabs = null;
    if (this.readTimer) clearTimeout(this.readTimer);
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.readTimer = null;
    this.checkTimer = null;
    // Changes made while nobody looks are not followed: the next look reads the whole plan.
    this.base = null;
  }

  /** A change notice (this tab's write, or another tab's): note what it touched of this plan. */
  private onMutated = (parts: ObservabilitySet): void => {
    const t = touchedBy(parts, this.deps.db.name, this.planId);
    if (!isTouched(t)) return;
    this.touched = mergeTouched(this.touched, t);
    this.scheduleRead(true);
  };

  /**
   * Read what changed, once per burst of notices. `later`: after the current task, by when the
   * write queue has counted the write that sent the notice as committed (Dexie notifies first).
   */
  private scheduleRead(later: boolean): void {
    if (this.reading || this.readTimer || !this.listening) return;
    if (!later) return void this.read();
    this.readTimer = setTimeout(() => {
      this.readTimer = null;
      void this.read();
    }, 0);
  }

  private async read(): Promise<void> {
    const touched = this.touched;
    this.touched = null;
    if (!touched || !this.listening) return;
    this.reading = true;
    try {
      // Read the sequence first: whatever committed before this read began is in the result.
      const seq = this.deps.queue.committedSeq;
      const { db } = this.deps;
      let next: AssembledPlan | null;
      let deletedAt: string | null = null;
      // Series of every indicator (a range over several, or an edit of the sub-areas): read it all.
      if (touched.all || touched.series === "all" || !this.base) {
        const whole = await readWhole(db, this.planId);
        next = whole?.stored ?? null;
        deletedAt = whole?.deletedAt ?? null;
      } else {
        const records = await readTouched(db, this.planId, touched);
        next = records.plan ? patchPlan(this.base, { ...records, plan: records.plan }) : null;
        deletedAt = records.plan?.deletedAt ?? null;
      }
      if (this.listening) this.onStored(seq, next, deletedAt);
    } catch {
      // A closed database (newer version elsewhere) keeps what is shown; anything else is shown.
      if (!this.base) this.setView({ status: "failed", plan: null });
    } finally {
      this.reading = false;
      if (this.touched) this.scheduleRead(true);
    }
  }

  private onStored(seq: number, stored: AssembledPlan | null, deletedAt: string | null): void {
    if (!stored) {
      this.base = null;
      this.setView({ status: "missing", plan: null });
      return;
    }
    this.base = { plan: reuseUnchanged(stored.plan, this.base?.plan ?? null), orders: stored.orders };
    // Edits the result already holds drop out; the rest are applied again on top, so the view never
    // jumps back to an older value while a write is on its way (or waiting to be retried).
    this.pending = this.pending.filter((p) => p.seq > seq);
    // An edit committed after this read began: its notice came before the queue counted it; read
    // its records once more so that it drops out too.
    const committed = this.deps.queue.committedSeq;
    for (const p of this.pending)
      if (p.seq <= committed) this.touched = mergeTouched(this.touched, touchedByEdit(p.edit));
    this.setView({
      status: deletedAt ? "deleted" : "ready",
      plan: reuseUnchanged(this.withPending(this.base.plan), this.view.plan),
    });
  }

  private withPending(stored: Plan): Plan {
    let plan = stored;
    for (const p of this.pending)
      plan =
        p.edit.type === "replacePlan" && p.before
          ? layReplaced(plan, p.before, p.edit.plan)
          : applyWhatStillFits(plan, p.edit);
    return plan;
  }

  private currentOrders(): Map<string, number> {
    const orders = new Map(this.base?.orders);
    for (const p of this.pending) for (const [k, v] of p.orders) orders.set(k, v);
    return orders;
  }

  private setView(patch: Partial<SessionView>): void {
    this.view = {
      ...this.view,
      ...patch,
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
    };
    for (const l of [...this.listeners]) l();
  }

  get writable(): boolean {
    return this.view.status === "ready" && !databaseStatus.get().outdated;
  }

  dispatch = (edit: Edit): DispatchResult => {
    const r = this.apply(edit);
    if (!r.ok) return r;
    if (r.entry) {
      this.undoStack.push(r.entry);
      if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
      this.redoStack = [];
      this.setView({});
    }
    return { ok: true };
  };

  /**
   * The whole plan was just written in one transaction (library.ts: a file imported over it, a
   * snapshot restored): an undo step like any edit's, whose inverse puts `before` back through this
   * path. `written`: what the write left in the records, so that undo stops if another tab changed
   * them since.
   */
  recordReplaced(before: Plan, after: Plan): void {
    const edit: Edit = { type: "replacePlan", plan: after };
    const changes = diffInScope(before, after, scopeOf(edit));
    if (changes.length === 0) return;
    this.undoStack.push({ edit: { type: "replacePlan", plan: before }, written: writtenBy(changes) });
    if (this.undoStack.length > MAX_UNDO) this.undoStack.shift();
    this.redoStack = [];
    this.setView({});
  }

  undo = (): UndoOutcome => this.step(this.undoStack, this.redoStack);
  redo = (): UndoOutcome => this.step(this.redoStack, this.undoStack);

  private step(from: UndoEntry[], to: UndoEntry[]): UndoOutcome {
    const entry = from[from.length - 1];
    if (!entry) return { ok: false, reason: "nothing" };
    if (!this.writable || !this.view.plan) return { ok: false, reason: "readOnly" };
    // A write still waiting (a full disk) lands as it was made, over whatever is stored by then: its
    // values hold, only a record another tab removed does not. The view lays the edit again over the
    // newest plan, which for a sub-area added or removed is not what its write carries (storage soak,
    // seeds 20261208 and 20261210).
    const waiting = entry.seq !== undefined && this.pending.some((p) => p.seq === entry.seq);
    if (
      !stillAsWritten(this.view.plan, entry.written, waiting) ||
      !undoTakesOnlyOwn(
        this.view.plan,
        entry.edit,
        entry.written,
        this.base?.plan,
        new OwnRemovals(this.pending.flatMap((p) => p.removals)),
      )
    ) {
      // Another tab changed these values since (or added values that undoing would remove): leave
      // them, and drop the step that no longer fits.
      from.pop();
      this.setView({});
      return { ok: false, reason: "changedElsewhere" };
    }
    const r = this.apply(entry.edit);
    from.pop();
    if (!r.ok) {
      this.setView({});
      return { ok: false, reason: "refused" };
    }
    if (r.entry) to.push(r.entry);
    this.setView({});
    return { ok: true };
  }

  /** Validate, apply, queue the write. Returns the undo entry (none when nothing changed). */
  private apply(edit: Edit): { ok: true; entry: UndoEntry | null } | { ok: false; error: EditError } {
    const before = this.view.plan;
    if (!before || !this.writable) return { ok: false, error: { problem: "notWritable", edit } };
    const result = applyEdit(before, edit);
    if (!result.ok) return result;
    const scope = scopeOf(edit);
    const changes = diffInScope(before, result.plan, scope);
    // Positions matter only to edits that write indicator or task records (not to a value edit).
    const records = changes.some((c) => c.ref.table === "indicators" || c.ref.table === "tasks");
    const orders =
      records || scope.indicatorOrder || scope.taskOrder ? this.currentOrders() : new Map<string, number>();
    const moved = new Map<string, number>();
    if (scope.indicatorOrder) {
      const ids = result.plan.indicators.map((i) => i.id);
      const keyed = new Map(ids.map((id) => [id, orders.get(indicatorOrderKey(id))] as const));
      for (const [id, v] of assignOrders(ids, definedOnly(keyed))) moved.set(indicatorOrderKey(id), v);
    }
    if (scope.taskOrder) {
      const ids = result.plan.tasks.map((t) => t.id);
      const keyed = new Map(ids.map((id) => [id, orders.get(taskOrderKey(id))] as const));
      for (const [id, v] of assignOrders(ids, definedOnly(keyed))) moved.set(taskOrderKey(id), v);
    }
    addOrderOnlyChanges(changes, moved);
    if (changes.length === 0) return { ok: true, entry: null };

    const positions = positionsWritten(changes, orders, moved);
    const now = this.deps.now();
    // The write also as data: kept over a reload if it has not landed by then (unsaved.ts).
    const journal: JournalEntry = { planId: this.planId, changes, orders: [...positions], now };
    const { seq } = this.deps.queue.enqueue(writeChanges(this.planId, changes, positions, now), journal);
    const removals = changes.filter((c) => c.op === "delete" || c.op === "clear");
    this.pending.push({
      seq,
      edit,
      orders: moved,
      removals,
      ...(edit.type === "replacePlan" ? { before } : {}),
    });
    this.view = { ...this.view, plan: { ...result.plan, updatedAt: now } };
    this.setView({});
    return { ok: true, entry: { edit: result.inverse, written: writtenBy(changes), seq } };
  }
}

/**
 * An edit of this tab not yet stored, laid again over the stored plan. Refused now (another tab
 * changed the plan under it), the stored plan wins; but a batch (a paste, a merge) is written
 * whole, so its parts that still fit stay shown: a merge whose one value went with a sub-area
 * another tab removed still shows its other values while they wait to be written (storage soak).
 */
function applyWhatStillFits(plan: Plan, edit: Edit): Plan {
  const r = applyEdit(plan, edit);
  if (r.ok) return r.plan;
  if (edit.type !== "batch") return plan;
  return edit.edits.reduce(applyWhatStillFits, plan);
}

/** The records an edit of this tab wrote, as a change notice would name them. */
function touchedByEdit(edit: Edit): Touched {
  const scope = scopeOf(edit);
  const t = nothingTouched();
  t.details = scope.details;
  t.tasks = scope.tasks === "all" || scope.tasks.size > 0;
  t.indicators = scope.indicators === "all" || scope.indicators.size > 0;
  t.series = scope.indicators === "all" ? "all" : new Set(scope.indicators);
  return t;
}

function definedOnly(m: Map<string, number | undefined>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of m) if (v !== undefined) out.set(k, v);
  return out;
}

/** A move changes no content, only a position: the record is still written (its order). */
function addOrderOnlyChanges(changes: Change[], moved: ReadonlyMap<string, number>): void {
  const written = new Set(changes.map((c) => refKey(c.ref)));
  for (const key of moved.keys()) {
    const ref: RecordRef = { table: key.startsWith("i:") ? "indicators" : "tasks", id: key.slice(2) };
    if (!written.has(refKey(ref))) changes.push({ ref, op: "patch", fields: {} });
  }
}

const sessions = new Map<string, PlanSession>();

/** One session per plan per tab, kept while the tab lives so that undo history survives navigation. */
export function sessionFor(planId: string): PlanSession {
  let s = sessions.get(planId);
  if (!s) {
    s = new PlanSession(planId);
    sessions.set(planId, s);
  }
  return s;
}

/**
 * Forget a plan's session, as a new page load would (the bench opens a plan "cold" again and again).
 * Only for a plan nobody shows.
 */
export function dropSession(planId: string): void {
  sessions.delete(planId);
}
