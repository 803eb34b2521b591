// The grid's keyboard, on top of AG Grid's own (type to edit, Enter/Tab move on, Escape cancels,
// arrows move). Which key runs which command is the command registry's (commands.ts): Shift+arrows
// select, Delete clears, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and redo through the editor, Ctrl+E
// flips estimate/final, Shift+F2 opens the note, Shift+F10 or the menu key opens the cell menu,
// Enter on a cell that is not typed into opens the indicator form. AG Grid is told to ignore the
// keys handled here (suppressKeyboardEvent). A key runs its command's action whether or not the
// command is enabled: the action says in a notice why it cannot be done.
import type { SuppressKeyboardEventParams } from "ag-grid-community";
import { commandForKey, type KeyLike } from "./commandKeys";
import { GRID_COMMANDS, type GridActions } from "./commands";

/** Which of the grid's commands a key press is, if any (only when no cell editor is open). */
export function shortcutOf(e: KeyLike, cellTakesTyping = true): string | null {
  return commandForKey(GRID_COMMANDS, e, cellTakesTyping)?.id ?? null;
}

/** AG Grid's suppressKeyboardEvent: leave our shortcuts to us while no editor is open. */
export function suppressOurKeys(p: SuppressKeyboardEventParams): boolean {
  return !p.editing && shortcutOf(p.event) !== null;
}

/** Run a shortcut; true when the key was ours. `cellTakesTyping` says whether the focused cell does. */
export function runShortcut(
  e: KeyboardEvent | React.KeyboardEvent,
  a: GridActions,
  cellTakesTyping: boolean,
): boolean {
  const c = commandForKey(GRID_COMMANDS, e, cellTakesTyping);
  if (!c?.run) return false;
  c.run(a, e.key);
  e.preventDefault();
  return true;
}

/** Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z outside the cells (a toolbar): undo or redo, unless typing text. */
export function undoKeyOutsideText(e: React.KeyboardEvent): "undo" | "redo" | null {
  const target = e.target as HTMLElement;
  if (/^(INPUT|TEXTAREA)$/.test(target.tagName) || target.closest("dialog")) return null;
  const which = shortcutOf(e);
  return which === "undo" || which === "redo" ? which : null;
}
