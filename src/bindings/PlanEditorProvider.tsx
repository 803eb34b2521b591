// The PlanEditor (src/bindings/planEditor.ts) for one stored plan: what the plan page, the grid and the
// charts read with usePlanEditor(). Children are rendered only once the stored plan has been read.
import { useCallback, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { PlanEditorContext, type PlanEditor } from "./planEditor";
import type { Plan } from "../domain/schema";
import { sessionFor, type SessionStatus } from "../storage/editPath";
import { useDatabaseStatus } from "./hooks";
import { saveState } from "../storage/storageStatus";
import { writeQueue } from "../storage/writeQueue";

export type NotReady = Exclude<SessionStatus, "ready">;

export function PlanEditorProvider({
  planId,
  children,
  fallback,
}: {
  planId: string;
  children: ReactNode;
  /** What to show while loading, or when the plan is missing, in the trash or unreadable. */
  fallback: (status: NotReady) => ReactNode;
}) {
  const session = useMemo(() => sessionFor(planId), [planId]);
  const subscribe = useCallback(
    (onChange: () => void) => session.subscribe(onNextFrame(onChange)),
    [session],
  );
  const view = useSyncExternalStore(subscribe, session.getView, session.getView);
  const { outdated } = useDatabaseStatus();
  const editor = useMemo<PlanEditor | null>(
    () =>
      view.plan
        ? {
            plan: view.plan,
            dispatch: session.dispatch,
            undo: session.undo,
            redo: session.redo,
            canUndo: view.canUndo,
            canRedo: view.canRedo,
            // Read when asked, not a reason to redraw every view: the save state flips twice per
            // edit, and redrawing the grid each time held up the very write it reports on. The
            // save indicator follows it with useSaveState().
            get save() {
              return saveState.get();
            },
            writable: view.status === "ready" && !outdated,
          }
        : null,
    [session, view, outdated],
  );
  if (view.status !== "ready" || !editor)
    return <>{fallback(view.status === "ready" ? "loading" : view.status)}</>;
  return <PlanEditorContext.Provider value={editor}>{children}</PlanEditorContext.Provider>;
}

/**
 * The views follow a change at the next frame, not at once: a screen is painted only at a frame,
 * and several changes in one frame are one redraw. An edit's write, started at once, goes first: if
 * it is still on its way at that frame (it takes a few milliseconds), the redraw waits one more
 * frame rather than hold it up (redrawing the grid meanwhile made an edit take 3× the bare write to
 * be stored). A hidden tab has no frames: there it follows after the current task.
 */
function onNextFrame(notify: () => void): () => void {
  let waiting = false;
  let deferred = false;
  const run = () => {
    if (writeQueue.pending > 0 && !deferred) {
      deferred = true;
      return void requestAnimationFrame(run);
    }
    waiting = false;
    deferred = false;
    notify();
  };
  return () => {
    if (waiting) return;
    waiting = true;
    if (typeof document !== "undefined" && document.visibilityState === "visible") requestAnimationFrame(run);
    else setTimeout(run, 0);
  };
}

/** A PlanEditor that refuses every edit: for showing a built-in programme with the same views. */
export function ReadOnlyPlanEditorProvider({ plan, children }: { plan: Plan; children: ReactNode }) {
  const editor = useMemo<PlanEditor>(
    () => ({
      plan,
      dispatch: (edit) => ({ ok: false, error: { problem: "notWritable", edit } }),
      undo: () => ({ ok: false, reason: "readOnly" }),
      redo: () => ({ ok: false, reason: "readOnly" }),
      canUndo: false,
      canRedo: false,
      save: { state: "saved", at: null },
      writable: false,
    }),
    [plan],
  );
  return <PlanEditorContext.Provider value={editor}>{children}</PlanEditorContext.Provider>;
}
