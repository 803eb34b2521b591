// Ask the browser to keep the library even when the disk runs low (navigator.storage.persist), and
// tell the planner whether it agreed: without it, the browser may evict the data under pressure.
import { persistence } from "./storageStatus";

export async function requestPersistence(): Promise<void> {
  const storage = typeof navigator !== "undefined" ? navigator.storage : undefined;
  if (!storage?.persist || !storage.persisted) {
    persistence.set("unsupported");
    return;
  }
  try {
    if (await storage.persisted()) {
      persistence.set("granted");
      return;
    }
    persistence.set((await storage.persist()) ? "granted" : "denied");
  } catch {
    persistence.set("denied");
  }
}

/** How much this site stores and may store, in bytes; null when the browser does not say. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e && e.usage !== undefined && e.quota !== undefined ? { usage: e.usage, quota: e.quota } : null;
  } catch {
    return null;
  }
}
