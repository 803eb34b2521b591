// Registers the service worker (offline use, install) and tells the interface when a new version
// is waiting. The page is never reloaded automatically: the user chooses when, after every edit
// is saved (UpdateBanner).
import { registerSW } from "virtual:pwa-register";

type Listener = (waiting: boolean) => void;
let waiting = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<Listener>();

export function startServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      for (const l of listeners) l(true);
    },
  });
}

export function onUpdateWaiting(listener: Listener): () => void {
  listeners.add(listener);
  listener(waiting);
  return () => listeners.delete(listener);
}

/** Activate the waiting version and reload. Call only once every edit is saved. */
export async function applyUpdate(): Promise<void> {
  await update?.(true);
}
