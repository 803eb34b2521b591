// Fast typing must not lose characters. AG Grid opens a cell editor on the first key, but the
// editor's text field takes the focus a moment later (the React cells render it); keys typed in
// between would land on the cell and restart the editor with only the last one ("21" → "1").
// Those keys are held here and given to the text field as soon as it exists.
import type { GridApi } from "ag-grid-community";
import { type RefObject, useEffect, useRef } from "react";

const EDITOR_INPUT = ".ag-cell-inline-editing input, .ag-cell-inline-editing textarea";

/** Put the held keys into the open editor's text field, if there is one yet. */
function flushInto(root: HTMLElement | null, pending: { current: string }): void {
  const input = root?.querySelector<HTMLInputElement>(EDITOR_INPUT);
  if (!input || pending.current === "") return;
  input.value += pending.current;
  pending.current = "";
  input.setSelectionRange(input.value.length, input.value.length);
  // The editor reads its value from input events.
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

export function useTypeAhead<T>(body: RefObject<HTMLElement | null>, api: () => GridApi<T> | null) {
  const pending = useRef("");

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const onFocusIn = (e: FocusEvent) => {
      if ((e.target as HTMLElement).matches?.(EDITOR_INPUT)) flushInto(el, pending);
    };
    el.addEventListener("focusin", onFocusIn);
    return () => el.removeEventListener("focusin", onFocusIn);
  }, [body]);

  /** For onKeyDownCapture on the grid's wrapper: true when the key was taken. */
  return (e: React.KeyboardEvent): boolean => {
    const target = e.target as HTMLElement;
    if (target.matches(EDITOR_INPUT) || (api()?.getEditingCells().length ?? 0) === 0) {
      pending.current = "";
      return false;
    }
    const printable = e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (printable) {
      pending.current += e.key;
      e.preventDefault();
      e.stopPropagation();
      flushInto(body.current, pending);
      return true;
    }
    // Enter or Tab before the field had the focus: give it what was typed first.
    if (e.key === "Enter" || e.key === "Tab") flushInto(body.current, pending);
    return false;
  };
}
