// A value that would be refused never leaves its cell editor silently. AG Grid keeps the editor
// open on Enter or Tab (invalidEditValueMode "block"); this says why, at the cell and in the
// message line. A click on another cell while an editor is open keeps a good value and drops a bad
// one, again saying why — never storing it.
import type { GridApi } from "ag-grid-community";
import { type RefObject, useEffect } from "react";
import type { MessageKey } from "../i18n/messages";
import type { GridContext } from "./gridContext";
import type { GridRow, IndicatorRow } from "./rows";

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type Refuse = (row: IndicatorRow, colId: string, text: string, reason: string) => void;

function editingCell(body: HTMLElement | null, api: GridApi<GridRow> | null, rows: readonly GridRow[]) {
  const e = api?.getEditingCells()[0];
  const row = e ? rows[e.rowIndex] : undefined;
  const input = body?.querySelector<HTMLInputElement>(".ag-cell-inline-editing input");
  if (!e || row?.type !== "indicator" || !input) return null;
  return { row, colId: e.colId, text: input.value, rowIndex: e.rowIndex };
}

export function useEditGuard(
  body: RefObject<HTMLElement | null>,
  api: () => GridApi<GridRow> | null,
  rows: readonly GridRow[],
  context: GridContext,
  refuse: Refuse,
  t: Translate,
) {
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const onPointerDown = (e: PointerEvent) => {
      const c = editingCell(el, api(), rows);
      const target = (e.target as HTMLElement).closest(".ag-cell");
      if (!c || !target || target.classList.contains("ag-cell-inline-editing")) return;
      const p = context.check(c.row, c.colId, c.text);
      api()?.stopEditing(p !== null);
      if (p) refuse(c.row, c.colId, c.text, t(p.key, p.params));
    };
    el.addEventListener("pointerdown", onPointerDown, true);
    return () => el.removeEventListener("pointerdown", onPointerDown, true);
  }, [body, api, rows, context, refuse, t]);

  /** Enter or Tab on a value that will be refused: say why (AG Grid keeps the editor open). */
  const onKeyDownCapture = (e: React.KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== "Tab") return;
    const c = editingCell(body.current, api(), rows);
    const p = c && context.check(c.row, c.colId, c.text);
    if (c && p) refuse(c.row, c.colId, c.text, t(p.key, p.params));
  };

  return { onKeyDownCapture };
}
