// A value that would be refused never leaves its cell editor silently. AG Grid keeps the editor
// open on Enter or Tab (invalidEditValueMode "block"); this says why, at the cell and in the
// message line. A click on another cell while an editor is open keeps a good value and drops a bad
// one, again saying why — never storing it. Used by the indicator grid and the task sheet.
import type { GridApi } from "ag-grid-community";
import { type RefObject, useEffect, useLayoutEffect, useRef } from "react";

/** The reason a typed text would be refused in this cell, or null when it would be taken. */
export type EditCheck = (rowIndex: number, colId: string, text: string) => string | null;
export type EditRefusal = (rowIndex: number, colId: string, text: string, reason: string) => void;

function editingCell<T>(body: HTMLElement | null, api: GridApi<T> | null) {
  const e = api?.getEditingCells()[0];
  const input = body?.querySelector<HTMLInputElement>(".ag-cell-inline-editing input");
  if (!e || !input) return null;
  return { colId: e.colId, text: input.value, rowIndex: e.rowIndex };
}

export function useEditGuard<T>(
  body: RefObject<HTMLElement | null>,
  api: () => GridApi<T> | null,
  check: EditCheck,
  refuse: EditRefusal,
) {
  // The latest check and refusal, for the listener added once.
  const latest = useRef({ check, refuse });
  useLayoutEffect(() => {
    latest.current = { check, refuse };
  });

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const onPointerDown = (e: PointerEvent) => {
      const c = editingCell(el, api());
      const target = (e.target as HTMLElement).closest(".ag-cell");
      if (!c || !target || target.classList.contains("ag-cell-inline-editing")) return;
      const reason = latest.current.check(c.rowIndex, c.colId, c.text);
      api()?.stopEditing(reason !== null);
      if (reason !== null) latest.current.refuse(c.rowIndex, c.colId, c.text, reason);
    };
    el.addEventListener("pointerdown", onPointerDown, true);
    return () => el.removeEventListener("pointerdown", onPointerDown, true);
  }, [body, api]);

  /** Enter or Tab on a value that will be refused: say why (AG Grid keeps the editor open). */
  const onKeyDownCapture = (e: React.KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== "Tab") return;
    const c = editingCell(body.current, api());
    const reason = c && check(c.rowIndex, c.colId, c.text);
    if (c && reason) refuse(c.rowIndex, c.colId, c.text, reason);
  };

  return { onKeyDownCapture };
}
