// The PlanEditor (src/app/planEditor.ts) for one stored plan: what the plan page, the grid and the
// charts read with usePlanEditor(). Children are rendered only once the stored plan has been read.
import { useMemo, useSyncExternalStore, type ReactNode } from "react";
import { PlanEditorContext, type PlanEditor } from "../app/planEditor";
import type { Plan } from "../domain/schema";
import { sessionFor, type SessionStatus } from "./editPath";
import { useDatabaseStatus, useSaveState } from "./hooks";

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
  const view = useSyncExternalStore(session.subscribe, session.getView, session.getView);
  const save = useSaveState();
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
            save,
            writable: view.status === "ready" && !outdated,
          }
        : null,
    [session, view, save, outdated],
  );
  if (view.status !== "ready" || !editor)
    return <>{fallback(view.status === "ready" ? "loading" : view.status)}</>;
  return <PlanEditorContext.Provider value={editor}>{children}</PlanEditorContext.Provider>;
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
