// The one edit path. A PlanSession holds one plan as this tab sees it:
//   shown plan = the plan as stored (re-read through liveQuery, so other tabs' writes appear)
//              + this tab's edits that the database does not hold yet.
// dispatch(edit) validates and applies the edit at once (a refused edit changes nothing), queues the
// records it changed as ONE transaction, and keeps what it wrote for undo. Undo applies the inverse
// edit through the same path — unless another tab has changed those records since, in which case it
// says so and leaves them (DECISIONS.md "Identity, tabs, input").
import { liveQuery, type Subscription } from "dexie";
import type { DispatchResult, UndoOutcome } from "../app/planEditor";
import { applyEdit, type Edit, type EditError } from "../domain/edits";
import type { Plan } from "../domain/schema";
import { db as defaultDb, type HtxDb } from "./db";
import {
  diffInScope,
  refKey,
  scopeOf,
  stillAsWritten,
  writtenBy,
  type Change,
  type RecordRef,
  type Written,
} from "./editChanges";
import { assignOrders } from "./order";
import { indicatorOrderKey, recordsToPlan, taskOrderKey } from "./planRecords";
import { readPlanRecords } from "./reads";
import { databaseStatus } from "./storageStatus";
import { writeChanges } from "./writeChanges";
import { writeQueue as defaultQueue, type WriteQueue } from "./writeQueue";

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
}

interface UndoEntry {
  /** The edit that takes the plan back (or forward again, for redo). */
  edit: Edit;
  /** What the original edit wrote: undo goes ahead only while the records still hold it. */
  written: Written[];
}

export interface SessionDeps {
  db: HtxDb;
  queue: WriteQueue;
  now: () => string;
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

export class PlanSession {
  private base: { plan: Plan; orders: Map<string, number> } | null = null;
  private pending: Pending[] = [];
  private undoStack: UndoEntry[] = [];
  private redoStack: UndoEntry[] = [];
  private view: SessionView = { status: "loading", plan: null, canUndo: false, canRedo: false };
  private listeners = new Set<() => void>();
  private subscription: Subscription | null = null;
  private readonly deps: SessionDeps;

  constructor(
    readonly planId: string,
    deps: Partial<SessionDeps> = {},
  ) {
    this.deps = { db: defaultDb, queue: defaultQueue, now: monotonicNow, ...deps };
  }

  getView = (): SessionView => this.view;

  /** Listen to the view; the first listener starts reading the database, the last one stops it. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.subscription) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.subscription?.unsubscribe();
        this.subscription = null;
      }
    };
  };

  private start(): void {
    const { db, queue } = this.deps;
    const observable = liveQuery(async () => {
      // Read the sequence first: whatever committed before this read began is in the result.
      const seq = queue.committedSeq;
      return { seq, records: await readPlanRecords(db, this.planId) };
    });
    this.subscription = observable.subscribe({
      next: ({ seq, records }) => this.onStored(seq, records),
      error: () => {
        // A closed database (newer version elsewhere) keeps what is shown; anything else is shown.
        if (!this.base) this.setView({ status: "failed", plan: null });
      },
    });
  }

  private onStored(seq: number, records: Awaited<ReturnType<typeof readPlanRecords>>): void {
    if (!records) {
      this.base = null;
      this.setView({ status: "missing", plan: null });
      return;
    }
    const assembled = recordsToPlan(records);
    this.base = assembled;
    // Edits the result already holds drop out; the rest are applied again on top, so the view never
    // jumps back to an older value while a write is on its way (or waiting to be retried).
    this.pending = this.pending.filter((p) => p.seq > seq);
    this.setView({
      status: records.plan.deletedAt ? "deleted" : "ready",
      plan: this.withPending(assembled.plan),
    });
  }

  private withPending(stored: Plan): Plan {
    let plan = stored;
    for (const p of this.pending) {
      const r = applyEdit(plan, p.edit);
      // Refused now: another tab changed the plan under it; the stored plan wins.
      if (r.ok) plan = r.plan;
    }
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

  undo = (): UndoOutcome => this.step(this.undoStack, this.redoStack);
  redo = (): UndoOutcome => this.step(this.redoStack, this.undoStack);

  private step(from: UndoEntry[], to: UndoEntry[]): UndoOutcome {
    const entry = from[from.length - 1];
    if (!entry) return { ok: false, reason: "nothing" };
    if (!this.writable || !this.view.plan) return { ok: false, reason: "readOnly" };
    if (!stillAsWritten(this.view.plan, entry.written)) {
      // Another tab changed these values since: leave them, and drop the step that no longer fits.
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
    const orders = this.currentOrders();
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

    for (const [k, v] of moved) orders.set(k, v);
    const now = this.deps.now();
    const { seq } = this.deps.queue.enqueue(writeChanges(this.planId, changes, orders, now));
    this.pending.push({ seq, edit, orders: moved });
    this.view = { ...this.view, plan: { ...result.plan, updatedAt: now } };
    this.setView({});
    return { ok: true, entry: { edit: result.inverse, written: writtenBy(changes) } };
  }
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
