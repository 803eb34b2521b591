// An in-memory stand-in for the real PlanEditor (src/storage), for the grid harness only: the same
// contract — validate and apply at once with domain/edits.ts, an undo stack of inverse edits (a
// batch is one step), a save indicator that goes "saving" then "saved". Nothing is persisted.
import { useCallback, useMemo, useRef, useState } from "react";
import type { PlanEditor, SaveState, UndoOutcome } from "../../src/app/planEditor";
import { applyEdit, type Edit } from "../../src/domain/edits";
import type { Plan } from "../../src/domain/schema";

export interface MemoryEditorOptions {
  writable?: boolean;
  /** Pretend the storage fails, to show the "not saved" state. */
  failSaves?: boolean;
}

export interface MemoryEditor extends PlanEditor {
  /** What is "stored": the plan after every accepted edit. */
  stored: () => Plan;
  /** How many edits were accepted (a batch counts once). */
  accepted: () => number;
}

export function useMemoryEditor(initial: Plan, options: MemoryEditorOptions = {}): MemoryEditor {
  const writable = options.writable ?? true;
  const [plan, setPlan] = useState(initial);
  const current = useRef(initial);
  const undoStack = useRef<Edit[]>([]);
  const redoStack = useRef<Edit[]>([]);
  const acceptedCount = useRef(0);
  const [depth, setDepth] = useState({ undo: 0, redo: 0 });
  const [save, setSave] = useState<SaveState>({ state: "saved", at: null });
  const timer = useRef<number | null>(null);

  const commit = useCallback(
    (next: Plan) => {
      current.current = next;
      setPlan(next);
      setDepth({ undo: undoStack.current.length, redo: redoStack.current.length });
      setSave({ state: "saving" });
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        setSave(
          options.failSaves
            ? { state: "notSaved", reason: "Bộ nhớ trình duyệt đã đầy", retrying: true }
            : { state: "saved", at: new Date().toISOString() },
        );
      }, 250);
    },
    [options.failSaves],
  );

  const dispatch = useCallback(
    (edit: Edit) => {
      if (!writable) return { ok: false as const, error: { problem: "invalidShape" as const, edit } };
      const r = applyEdit(current.current, edit);
      if (!r.ok) return { ok: false as const, error: r.error };
      undoStack.current.push(r.inverse);
      redoStack.current = [];
      acceptedCount.current += 1;
      commit(r.plan);
      return { ok: true as const };
    },
    [commit, writable],
  );

  const step = useCallback(
    (from: typeof undoStack, to: typeof undoStack): UndoOutcome => {
      if (!writable) return { ok: false, reason: "readOnly" };
      const edit = from.current.pop();
      if (!edit) return { ok: false, reason: "nothing" };
      const r = applyEdit(current.current, edit);
      if (!r.ok) return { ok: false, reason: "refused" };
      to.current.push(r.inverse);
      commit(r.plan);
      return { ok: true };
    },
    [commit, writable],
  );

  const undo = useCallback(() => step(undoStack, redoStack), [step]);
  const redo = useCallback(() => step(redoStack, undoStack), [step]);

  return useMemo(
    () => ({
      plan,
      dispatch,
      undo,
      redo,
      canUndo: depth.undo > 0,
      canRedo: depth.redo > 0,
      save,
      writable,
      stored: () => current.current,
      accepted: () => acceptedCount.current,
    }),
    [plan, dispatch, undo, redo, depth, save, writable],
  );
}
