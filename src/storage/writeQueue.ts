// Every write of this tab, in order, one transaction each. A write that fails (disk full, database
// closed…) is not dropped: it stays at the head of the queue, the save state says "not saved" with
// the reason, and it is retried with growing pauses until it lands — then the state says "saved".
// Each job has a sequence number; `committedSeq` tells the plan views which of their edits the
// database already holds.
import { beforeClosingForNewerVersion, db as defaultDb, type HtxDb } from "./db";
import { databaseStatus, reasonOf, saveState } from "./storageStatus";

export type WriteBody = (db: HtxDb) => Promise<void>;

interface Job<J> {
  seq: number;
  body: WriteBody;
  resolve: () => void;
  /** The write as data, for keeping it over a reload (unsaved.ts); absent for library writes. */
  journal?: J;
}

const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 15_000;

/** Test hook: the next `n` transactions fail as if the disk were full (see testHooks.ts). */
let injectedFailures = 0;
export function failNextWrites(n: number): void {
  injectedFailures = Math.max(0, Math.floor(n));
}

export class WriteQueue<J = unknown> {
  private jobs: Job<J>[] = [];
  private running = false;
  private nextSeq = 1;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private wake: (() => void) | null = null;
  private idleWaiters: (() => void)[] = [];
  /** Highest sequence number whose transaction has committed (jobs commit in order). */
  committedSeq = 0;

  constructor(private readonly db: HtxDb) {}

  /** Queue a write; `done` resolves once it has landed (after retries, if any). */
  enqueue(body: WriteBody, journal?: J): { seq: number; done: Promise<void> } {
    const seq = this.nextSeq++;
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    this.jobs.push({ seq, body, resolve, ...(journal !== undefined ? { journal } : {}) });
    void this.pump();
    return { seq, done };
  }

  /** Writes waiting or in flight. */
  get pending(): number {
    return this.jobs.length;
  }

  /** The writes waiting or in flight, as data (those that have it), in order. */
  journal(): J[] {
    return this.jobs.flatMap((j) => (j.journal !== undefined ? [j.journal] : []));
  }

  /** Try again now instead of waiting for the next retry (e.g. after the planner freed space). */
  retryNow(): void {
    this.wake?.();
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let delay = FIRST_RETRY_MS;
    try {
      while (this.jobs.length > 0) {
        const job = this.jobs[0] as Job<J>;
        if (saveState.get().state === "saved") saveState.set({ state: "saving" });
        try {
          await this.db.transaction("rw", this.db.tables, async () => {
            if (injectedFailures > 0) {
              injectedFailures -= 1;
              throw new DOMException("Injected write failure (test)", "QuotaExceededError");
            }
            await job.body(this.db);
          });
        } catch (error) {
          console.warn("HTX Plan: a write failed and will be retried", error);
          if (databaseStatus.get().outdated) {
            // A newer version of the app took the database: write nothing more from this tab.
            saveState.set({ state: "notSaved", reason: "newerVersion", retrying: false });
            return;
          }
          saveState.set({ state: "notSaved", reason: reasonOf(error), retrying: true });
          await this.pause(delay);
          delay = Math.min(delay * 2, LAST_RETRY_MS);
          continue;
        }
        delay = FIRST_RETRY_MS;
        this.committedSeq = job.seq;
        this.jobs.shift();
        job.resolve();
      }
      saveState.set({ state: "saved", at: new Date().toISOString() });
    } finally {
      this.running = false;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  /**
   * A newer version of the app asks for the database (another tab): write what this tab has queued
   * — a write waiting for its retry is tried once more at once — and resolve when the queue stops
   * (empty, or a write failed again), at most after `limitMs`. The database is closed only then,
   * so the newer version finds every change this tab made: nothing is lost.
   */
  finishBeforeClosing(limitMs = 5_000): Promise<void> {
    if (!this.running) return Promise.resolve();
    this.retryNow();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, limitMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        if (this.retryTimer) clearTimeout(this.retryTimer);
        this.retryTimer = null;
        this.wake = null;
        resolve();
      };
      this.wake = done;
      this.retryTimer = setTimeout(done, ms);
    });
  }
}

export const writeQueue = new WriteQueue(defaultDb);
beforeClosingForNewerVersion(() => writeQueue.finishBeforeClosing());
