// What the grid and the task sheet say after an edit or an undo: one wording for both sheets.
import type { DispatchResult, UndoOutcome } from "../bindings/planEditor";
import type { Translate } from "../i18n/translator";

export interface SheetNotice {
  tone: "info" | "problem";
  text: string;
}

/** After an edit: what was done, or why it was refused. */
export function editNotice(r: DispatchResult, done: string, t: Translate): SheetNotice {
  return r.ok
    ? { tone: "info", text: done }
    : { tone: "problem", text: t("grid.refusedEdit", { reason: t(`problem.${r.error.problem}`) }) };
}

/** After an undo or a redo: done, nothing left, or why it could not be done. */
export function undoNotice(which: "undo" | "redo", r: UndoOutcome, t: Translate): SheetNotice {
  if (r.ok) return { tone: "info", text: t(which === "undo" ? "grid.undone" : "grid.redone") };
  if (r.reason === "nothing")
    return { tone: "info", text: t(which === "undo" ? "grid.undo.nothing" : "grid.redo.nothing") };
  return { tone: "problem", text: t(`grid.undo.${r.reason}`) };
}
