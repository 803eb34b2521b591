// A change notice from another tab can be lost: a tab killed just after its write committed, before
// Dexie posted the notice on its BroadcastChannel (browser soak, seed 47455). A page that follows a
// plan by notices alone would then go on showing the old value until a reload. The fallback: every
// tab holds a Web Lock `htx-plan.alive.<tab>` for its life, and a page that shows a plan waits for
// the other tabs' locks; the browser grants one once its tab is gone (crashed, closed, reloaded),
// and the page reads the whole plan again (editPath.ts). Not the `htx-plan.tab.` locks of
// unsaved.ts: a page waiting on one of those would hold it the moment its tab went, and a start
// would take that tab for alive and keep its unsaved writes back.
// Tabs opened later are found again: a new tab says so on a BroadcastChannel once it holds its lock,
// and the locks are looked at again when the page comes into view and every few seconds — not on
// each change notice, which every cell edit of this tab sends.
// Where Web Locks are missing (unit tests on fake-indexeddb) nothing is watched.
import { TAB } from "./unsaved";

const ALIVE = "htx-plan.alive.";
const CHANNEL = "htx-plan.tabs";
const LOOK_EVERY_MS = 10_000;

/** The part of the Web Locks API the watch needs (a test fakes it). */
export interface TabLocks {
  /** The names of the locks held now, by any tab. */
  held(): Promise<string[]>;
  /** Settles once lock `name` could be taken (its holder is gone); the lock is let go at once. */
  whenFree(name: string, signal: AbortSignal): Promise<void>;
}

export interface TabEvents {
  /** Another tab went away: any notice of its last writes may be lost. */
  gone: () => void;
  /** This page came into view (or got the focus): a cheap look whether the plan changed. */
  shown: () => void;
}

export interface TabWatch {
  /** Follow the other tabs while the returned function has not been called. */
  watch(events: TabEvents): () => void;
  /** Look for tabs opened since the last look. */
  look(): void;
  /** The page came into view. */
  shown(): void;
}

/** The watch over the other tabs' locks; `self` is this tab's id (its own lock is not watched). */
export function createTabWatch(locks: TabLocks | null, self: string): TabWatch {
  const listeners = new Set<TabEvents>();
  const waiting = new Map<string, AbortController>();
  /** Locks already found free: a look that began before they went does not count them again. */
  const gone = new Set<string>();
  let looking = false;
  let again = false;
  let timer: ReturnType<typeof setInterval> | null = null;

  const wait = (name: string) => {
    const stop = new AbortController();
    waiting.set(name, stop);
    const done = () => {
      if (waiting.get(name) === stop) waiting.delete(name);
    };
    locks!.whenFree(name, stop.signal).then(() => {
      done();
      gone.add(name);
      if (!stop.signal.aborted) for (const l of [...listeners]) l.gone();
    }, done);
  };

  const look = (): void => {
    if (!locks || listeners.size === 0) return;
    if (looking) return void (again = true);
    looking = true;
    locks
      .held()
      .then((names) => {
        if (listeners.size === 0) return;
        for (const name of names)
          if (name.startsWith(ALIVE) && name !== ALIVE + self && !waiting.has(name) && !gone.has(name))
            wait(name);
      })
      .catch(() => undefined)
      .finally(() => {
        looking = false;
        if (again) {
          again = false;
          look();
        }
      });
  };

  return {
    watch(events) {
      if (!locks) return () => undefined;
      listeners.add(events);
      if (listeners.size === 1) timer = setInterval(look, LOOK_EVERY_MS);
      look();
      return () => {
        if (!listeners.delete(events) || listeners.size > 0) return;
        if (timer) clearInterval(timer);
        timer = null;
        for (const stop of waiting.values()) stop.abort();
        waiting.clear();
      };
    },
    look,
    shown() {
      look();
      for (const l of [...listeners]) l.shown();
    },
  };
}

function browserLocks(): TabLocks | null {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return null;
  return {
    held: async () => ((await locks.query()).held ?? []).map((l) => l.name ?? ""),
    whenFree: async (name, signal) => {
      await locks.request(name, { signal }, () => undefined);
    },
  };
}

/** This tab's watch over the others. */
export const tabWatch: TabWatch = createTabWatch(browserLocks(), TAB);

/** For the life of this tab: hold its lock, say it is here, and look again when the page is shown. */
export function holdTabAlive(): void {
  if (typeof window === "undefined" || typeof navigator === "undefined" || !navigator.locks) return;
  const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
  if (channel) channel.onmessage = () => tabWatch.look();
  void navigator.locks
    .request(ALIVE + TAB, () => {
      channel?.postMessage("here");
      return new Promise<void>(() => undefined);
    })
    .catch(() => undefined);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") tabWatch.shown();
  });
  window.addEventListener("focus", () => tabWatch.shown());
}
