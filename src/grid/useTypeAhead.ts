// Fast typing must not lose characters. AG Grid opens a cell editor on the first key, but the
// editor's text field takes the focus a moment later (the React cells render it); keys typed in
// between would land on the cell and restart the editor with only the last one ("21" → "1").
// Those keys are held here and given to the text field as soon as it exists. Backspace in that
// moment takes back the last key (Vietnamese typing tools such as Unikey send a Backspace and the
// accented letter right after the plain one: "d", Backspace, "đ"); it must not reach the grid, where
// it would clear the cell. The other way round, AG Grid closes an editor on Escape a moment late, and
// keys typed right after it landed in the closing editor and were lost: Escape is handled here,
// closing the editor and giving the cell the focus at once.
import type { GridApi } from "ag-grid-community";
import { type RefObject, useEffect, useRef } from "react";

const EDITOR_INPUT = ".ag-cell-inline-editing input, .ag-cell-inline-editing textarea";

interface Held {
  /** Keys typed before the text field had the focus. */
  text: string;
  /** Backspaces typed then beyond those keys: they take back what the field starts with. */
  back: number;
}

/** Put the held keys into the open editor's text field, if there is one yet. */
function flushInto(root: HTMLElement | null, held: Held): void {
  const input = root?.querySelector<HTMLInputElement>(EDITOR_INPUT);
  if (!input || (held.text === "" && held.back === 0)) return;
  input.value = input.value.slice(0, Math.max(0, input.value.length - held.back)) + held.text;
  held.text = "";
  held.back = 0;
  input.setSelectionRange(input.value.length, input.value.length);
  // The editor reads its value from input events.
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

export function useTypeAhead<T>(body: RefObject<HTMLElement | null>, api: () => GridApi<T> | null) {
  const pending = useRef<Held>({ text: "", back: 0 });

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const onFocusIn = (e: FocusEvent) => {
      if ((e.target as HTMLElement).matches?.(EDITOR_INPUT)) flushInto(el, pending.current);
    };
    el.addEventListener("focusin", onFocusIn);
    return () => el.removeEventListener("focusin", onFocusIn);
  }, [body]);

  /** For onKeyDownCapture on the grid's wrapper: true when the key was taken. */
  return (e: React.KeyboardEvent): boolean => {
    const target = e.target as HTMLElement;
    const held = pending.current;
    if (target.matches(EDITOR_INPUT)) {
      held.text = "";
      held.back = 0;
      if (e.key !== "Escape" || e.ctrlKey || e.altKey || e.metaKey) return false;
      // Close at once and give the cell the focus back, so that what is typed next goes there.
      const g = api();
      const cellEl = target.closest<HTMLElement>(".ag-cell");
      if (!g || !cellEl) return false;
      e.preventDefault();
      e.stopPropagation();
      g.stopEditing(true);
      cellEl.focus();
      return true;
    }
    if ((api()?.getEditingCells().length ?? 0) === 0) {
      held.text = "";
      held.back = 0;
      return false;
    }
    const printable = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
    const backspace = e.key === "Backspace" && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (printable || backspace) {
      if (printable) held.text += e.key;
      else if (held.text !== "") held.text = held.text.slice(0, -1);
      else held.back += 1;
      e.preventDefault();
      e.stopPropagation();
      flushInto(body.current, held);
      return true;
    }
    // Enter or Tab before the field had the focus: give it what was typed first.
    if (e.key === "Enter" || e.key === "Tab") flushInto(body.current, held);
    return false;
  };
}
