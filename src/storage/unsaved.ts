// Edits whose write has not landed when the page goes away — a reload or a closed tab right after
// typing — are not lost. IndexedDB cannot finish a write once the page is gone, so as the page goes
// (beforeunload, pagehide) the waiting writes are kept, synchronously, in localStorage; the next
// start writes them, leaving any record that another tab changed since as it is. Each tab keeps its
// own entry and holds a Web Lock while it lives, so a start never replays a living tab's writes.
import type { Change } from "./editChanges";
import { saveState } from "./storageStatus";
import { writeChanges } from "./writeChanges";
import type { WriteQueue } from "./writeQueue";

/** One write of the edit path, as data. */
export interface JournalEntry {
  planId: string;
  changes: Change[];
  orders: [string, number][];
  now: string;
}

const PREFIX = "htx-plan.unsaved.";
const LOCK = "htx-plan.tab.";
/** This page's id (a new one on each load). */
export const TAB =
  typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : String(Math.random());

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Keep this tab's waiting writes. True when nothing is left to lose (kept, or nothing waits). */
export function keepUnsaved(queue: WriteQueue): boolean {
  const entries = queue.journal() as JournalEntry[];
  const store = storage();
  if (entries.length === 0) {
    store?.removeItem(PREFIX + TAB);
    return queue.pending === 0;
  }
  try {
    if (!store) return false;
    store.setItem(PREFIX + TAB, JSON.stringify({ version: 1, entries }));
    // Library writes (imports, snapshots) have no data to keep: those still need the page.
    return entries.length === queue.pending;
  } catch {
    return false;
  }
}

/** For the life of this tab: hold its lock, keep its writes as it goes, forget them once landed. */
export function watchUnsaved(queue: WriteQueue): void {
  if (typeof window === "undefined") return;
  if (typeof navigator !== "undefined")
    void navigator.locks
      ?.request(LOCK + TAB, () => new Promise<void>(() => undefined))
      .catch(() => undefined);
  window.addEventListener("pagehide", () => void keepUnsaved(queue));
  // The page stayed (the planner cancelled leaving) or came back: what was kept lands by itself.
  saveState.subscribe(() => {
    if (saveState.get().state === "saved" && queue.pending === 0) storage()?.removeItem(PREFIX + TAB);
  });
}

/** Write what closed tabs kept; returns how many writes were replayed. */
export async function replayUnsaved(queue: WriteQueue): Promise<number> {
  const store = storage();
  if (!store) return 0;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(PREFIX) && k !== PREFIX + TAB) keys.push(k);
  }
  let replayed = 0;
  for (const key of keys) {
    if (await ownerLives(key.slice(PREFIX.length))) continue;
    const entries = readEntries(store.getItem(key));
    store.removeItem(key);
    for (const e of entries) {
      queue.enqueue(async (d) => {
        // A plan deleted meanwhile gets nothing back.
        if (!(await d.plans.get(e.planId))) return;
        await writeChanges(e.planId, e.changes, new Map(e.orders), e.now, true)(d);
      });
      replayed += 1;
    }
  }
  if (replayed > 0) await queue.enqueue(async () => undefined).done;
  return replayed;
}

/** The tab that kept these writes still lives (a reloaded tab's old page may take a moment to go). */
async function ownerLives(tab: string): Promise<boolean> {
  if (typeof navigator === "undefined" || !navigator.locks) return false;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const held = await navigator.locks.request(LOCK + tab, { ifAvailable: true }, (lock) => lock === null);
      if (!held) return false;
    } catch {
      return false;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return true;
}

function readEntries(text: string | null): JournalEntry[] {
  try {
    const data = JSON.parse(text ?? "") as { version?: number; entries?: unknown };
    if (data.version !== 1 || !Array.isArray(data.entries)) return [];
    return data.entries.filter(
      (e): e is JournalEntry =>
        !!e &&
        typeof e === "object" &&
        typeof (e as JournalEntry).planId === "string" &&
        Array.isArray((e as JournalEntry).changes) &&
        Array.isArray((e as JournalEntry).orders) &&
        typeof (e as JournalEntry).now === "string",
    );
  } catch {
    return [];
  }
}
