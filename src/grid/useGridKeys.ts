// The grid's keyboard, on top of AG Grid's own (type to edit, Enter/Tab move on, Escape cancels,
// arrows move): Shift+arrows select, Delete clears, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo
// through the editor, Ctrl+E flips estimate/final, Shift+F2 opens the note, Shift+F10 or the menu
// key opens the cell menu, Enter on a cell that is not typed into opens the indicator form.
// AG Grid is told to ignore the keys handled here (suppressKeyboardEvent).
import type { SuppressKeyboardEventParams } from "ag-grid-community";

export interface KeyActions {
  extend: (dRow: number, dCol: number) => void;
  clear: () => void;
  undo: () => void;
  redo: () => void;
  toggleEstimate: () => void;
  note: () => void;
  menu: () => void;
  /** Enter on a cell that is not typed into (unit, kind, status…). */
  openForm: () => void;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

type KeyLike = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">;

/** Which of our shortcuts a key press is, if any (only when no cell editor is open). */
export function shortcutOf(e: KeyLike): keyof KeyActions | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.shiftKey && !mod && !e.altKey && key in ARROWS) return "extend";
  if (!mod && !e.altKey && (key === "Delete" || key === "Backspace")) return "clear";
  if (mod && !e.altKey && key === "z") return e.shiftKey ? "redo" : "undo";
  if (mod && !e.altKey && key === "y") return "redo";
  if (mod && !e.altKey && key === "e") return "toggleEstimate";
  if (e.shiftKey && key === "F2") return "note";
  if ((e.shiftKey && key === "F10") || key === "ContextMenu") return "menu";
  return null;
}

/** AG Grid's suppressKeyboardEvent: leave our shortcuts to us while no editor is open. */
export function suppressOurKeys(p: SuppressKeyboardEventParams): boolean {
  return !p.editing && shortcutOf(p.event) !== null;
}

/** Run a shortcut; true when the key was ours. `editable` says whether the focused cell takes typing. */
export function runShortcut(
  e: KeyboardEvent | React.KeyboardEvent,
  a: KeyActions,
  editable: boolean,
): boolean {
  const which = shortcutOf(e);
  if (which === "extend") {
    const [dRow, dCol] = ARROWS[e.key] ?? [0, 0];
    a.extend(dRow, dCol);
  } else if (which) {
    a[which]();
  } else if (e.key === "Enter" && !e.shiftKey && !e.ctrlKey && !e.altKey && !editable) {
    a.openForm();
  } else {
    return false;
  }
  e.preventDefault();
  return true;
}

/** Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z outside the cells (the toolbar): undo or redo, unless typing text. */
export function undoKeyOutsideText(e: React.KeyboardEvent): "undo" | "redo" | null {
  const target = e.target as HTMLElement;
  if (/^(INPUT|TEXTAREA)$/.test(target.tagName) || target.closest("dialog")) return null;
  const which = shortcutOf(e);
  return which === "undo" || which === "redo" ? which : null;
}
