// An import confirmed in the spreadsheet dialog waits here until the plan's page holds the plan's
// editor, which dispatches it as ONE edit through the one edit path (validated, stored, undoable).
// For a new plan the page opens first; for the open plan it is already there.
import { useSyncExternalStore } from "react";
import type { Edit } from "../../domain/edits";

export interface PendingImport {
  planId: string;
  edit: Edit;
  /** What the notice says once it is in. */
  done: { key: "sheet.done" | "sheet.doneArea"; params: Record<string, string | number> };
}

let pending: PendingImport | null = null;
const listeners = new Set<() => void>();

export function setPendingImport(p: PendingImport): void {
  pending = p;
  listeners.forEach((l) => l());
}

/** The pending import for this plan, taken (it is dispatched once). */
export function takePendingImport(planId: string): PendingImport | null {
  if (pending?.planId !== planId) return null;
  const p = pending;
  pending = null;
  return p;
}

export function usePendingImport(): PendingImport | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => pending,
  );
}
