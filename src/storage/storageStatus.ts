// The state of the local library as the interface shows it: whether changes are saved, whether this
// tab may still write (a newer version of the app opened elsewhere), whether the browser promised to
// keep the data (persistent storage).
import { createStore } from "./store";

/**
 * Why a write did not land. "quotaExceeded": the disk or the browser's quota is full;
 * "databaseClosed": the browser closed the database (cleared data, another version); "newerVersion":
 * this tab stopped writing because a newer version of the app opened; "failed": anything else.
 */
export type SaveReason = "quotaExceeded" | "databaseClosed" | "newerVersion" | "failed";

/** Whether this tab's changes are stored; what the save indicator says. */
export type SaveState =
  | { state: "saved"; at: string | null }
  | { state: "saving" }
  | { state: "notSaved"; reason: string; retrying: boolean };

export const saveState = createStore<SaveState>({ state: "saved", at: null });

export interface DatabaseStatus {
  /** A newer version of the app opened this database in another tab: stop writing, reload. */
  outdated: boolean;
  /** Opening (upgrading) the database waits for other tabs of an older version to close. */
  blocked: boolean;
  /** The database could not be opened at all (private mode, disabled storage…): the error's name. */
  openFailed: string | null;
}

export const databaseStatus = createStore<DatabaseStatus>({
  outdated: false,
  blocked: false,
  openFailed: null,
});

export function updateDatabaseStatus(patch: Partial<DatabaseStatus>): void {
  databaseStatus.set({ ...databaseStatus.get(), ...patch });
}

/** "granted": the browser will not evict the data; "denied": it may under pressure; "unsupported". */
export type Persistence = "unknown" | "granted" | "denied" | "unsupported";
export const persistence = createStore<Persistence>("unknown");

export function reasonOf(error: unknown): SaveReason {
  const name = errorName(error);
  if (name === "QuotaExceededError") return "quotaExceeded";
  if (name === "DatabaseClosedError" || name === "InvalidStateError") return "databaseClosed";
  return "failed";
}

function errorName(error: unknown): string {
  if (!error || typeof error !== "object") return "";
  const e = error as { name?: unknown; inner?: unknown };
  // Dexie wraps the browser's error: AbortError with the real cause inside.
  if (e.inner && typeof e.inner === "object") {
    const inner = errorName(e.inner);
    if (inner) return inner;
  }
  return typeof e.name === "string" ? e.name : "";
}
