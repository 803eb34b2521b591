// The contract between the views (grid, forms, charts) and the one edit path. Views read `plan`
// and call `dispatch(edit)`; they never write anywhere else. The storage layer provides the real
// implementation (validate → apply → persist in one transaction → record the inverse for undo);
// see src/storage/ (editPath.ts). This folder, src/bindings/, holds the React side of storage.
import { createContext, useContext } from "react";
import type { Edit } from "../domain/edits";
import type { DispatchResult, UndoOutcome } from "../storage/editPath";
import type { SaveState } from "../storage/storageStatus";
import type { Plan } from "../domain/schema";

export type { SaveState } from "../storage/storageStatus";
export type { DispatchResult, UndoOutcome } from "../storage/editPath";

export interface PlanEditor {
  /** The plan as it is now, with this tab's and other tabs' edits. */
  plan: Plan;
  /**
   * Validate and apply an edit at once (synchronously, so a cell can refuse a value on the spot),
   * then persist it; a batch is one undo step. A refused edit changes nothing.
   */
  dispatch: (edit: Edit) => DispatchResult;
  /** Undo this tab's last edit; if another tab changed those cells since, says so and leaves them. */
  undo: () => UndoOutcome;
  redo: () => UndoOutcome;
  canUndo: boolean;
  canRedo: boolean;
  save: SaveState;
  /** False for templates and for a tab that must stop writing (a newer version opened elsewhere). */
  writable: boolean;
}

export const PlanEditorContext = createContext<PlanEditor | null>(null);

export function usePlanEditor(): PlanEditor {
  const ctx = useContext(PlanEditorContext);
  if (!ctx) throw new Error("usePlanEditor outside a PlanEditorContext provider");
  return ctx;
}
