// A value that would be refused never leaves its cell editor silently. AG Grid keeps the editor
// open on Enter or Tab (invalidEditValueMode "block"); this says why, at the cell and in the
// message line. Moving to another cell with the mouse while an editor is open keeps a good value
// and drops a bad one, again saying why — never storing it.
import type { CellFocusedEvent, GridApi } from "ag-grid-community";
import type { RefObject } from "react";
import type { MessageKey } from "../i18n/messages";
import type { GridContext } from "./gridContext";
import type { GridRow, IndicatorRow } from "./rows";

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useEditGuard(
  body: RefObject<HTMLElement | null>,
  api: () => GridApi<GridRow> | null,
  rows: readonly GridRow[],
  context: GridContext,
  refuse: (row: IndicatorRow, colId: string, text: string, reason: string) => void,
  t: Translate,
) {
  const editingCell = () => {
    const e = api()?.getEditingCells()[0];
    const row = e ? rows[e.rowIndex] : undefined;
    const input = body.current?.querySelector<HTMLInputElement>(".ag-cell-inline-editing input");
    if (!e || row?.type !== "indicator" || !input) return null;
    return { row, colId: e.colId, text: input.value, rowIndex: e.rowIndex };
  };

  const onKeyDownCapture = (e: React.KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== "Tab") return;
    const c = editingCell();
    const p = c && context.check(c.row, c.colId, c.text);
    if (c && p) refuse(c.row, c.colId, c.text, t(p.key, p.params));
  };

  const onCellFocused = (e: CellFocusedEvent<GridRow>) => {
    const c = editingCell();
    const colId = typeof e.column === "string" ? e.column : e.column?.getColId();
    if (!c || (c.rowIndex === e.rowIndex && c.colId === colId)) return;
    const p = context.check(c.row, c.colId, c.text);
    api()?.stopEditing(p !== null);
    if (p) refuse(c.row, c.colId, c.text, t(p.key, p.params));
  };

  return { onKeyDownCapture, onCellFocused };
}
