// A handle for the browser tests (window.__htxTest): make the next writes fail as if the disk were
// full, to prove that a failed write is shown and retried, never lost. It can only delay writes.
import { failNextWrites, writeQueue } from "./writeQueue";

export interface HtxTestHooks {
  failNextWrites: (n: number) => void;
  pendingWrites: () => number;
  retryNow: () => void;
}

declare global {
  interface Window {
    __htxTest?: HtxTestHooks;
  }
}

export function installTestHooks(): void {
  if (typeof window === "undefined") return;
  window.__htxTest = {
    failNextWrites,
    pendingWrites: () => writeQueue.pending,
    retryNow: () => writeQueue.retryNow(),
  };
}
