// The block selection of the indicator grid (AG Grid Community has none): a click or a cell focused
// by the keyboard starts a new one; a mouse drag, Shift+click and Shift+arrows extend it. It is
// drawn by the "cell-selected" class rule, which reads the grid context; after every change the
// visible cells are refreshed so the rule is applied again.
import type {
  CellFocusedEvent,
  CellMouseDownEvent,
  CellMouseOverEvent,
  Column,
  GridApi,
} from "ag-grid-community";
import { useCallback, useEffect, useRef, useState } from "react";
import type { GridContext } from "./gridContext";
import type { GridRow } from "./rows";
import { type CellPos, clampSelection, collapsed, extend, extendTo, type Selection } from "./selection";

export interface GridSelection {
  selection: Selection | null;
  /** The selection now, also between a change and the next render. */
  current: () => Selection | null;
  set: (s: Selection | null) => void;
  /** Shift+arrow: move the far corner and bring it into view. */
  extendBy: (dRow: number, dCol: number) => void;
  onCellMouseDown: (e: CellMouseDownEvent<GridRow>) => void;
  onCellMouseOver: (e: CellMouseOverEvent<GridRow>) => void;
  onCellFocused: (e: CellFocusedEvent<GridRow>) => void;
  /** Column ids in displayed order; refreshed when the columns change. */
  colIds: () => string[];
  onColumnsChanged: () => void;
}

function columnId(column: string | Column | null | undefined): string | null {
  if (!column) return null;
  return typeof column === "string" ? column : column.getColId();
}

export function useGridSelection(
  api: () => GridApi<GridRow> | null,
  context: GridContext,
  rowCount: number,
): GridSelection {
  const [selection, setSelection] = useState<Selection | null>(null);
  const dragging = useRef(false);
  const extending = useRef(false);
  const ids = useRef<string[]>([]);

  const set = useCallback(
    (s: Selection | null) => {
      context.update({ selection: s });
      setSelection(s);
      api()?.refreshCells({ force: false, suppressFlash: true });
    },
    [api, context],
  );

  const onColumnsChanged = useCallback(() => {
    const cols = api()?.getAllDisplayedColumns() ?? [];
    ids.current = cols.map((c) => c.getColId());
    context.update({ colIndex: new Map(ids.current.map((id, i) => [id, i])) });
  }, [api, context]);

  const posOf = useCallback(
    (rowIndex: number | null, column: string | Column | null | undefined): CellPos | null => {
      const id = columnId(column);
      const col = id === null ? undefined : context.colIndex.get(id);
      return rowIndex === null || col === undefined ? null : { row: rowIndex, col };
    },
    [context],
  );

  // Rows deleted or a narrower plan: keep the selection inside the grid.
  useEffect(() => {
    if (!context.selection) return;
    const next = clampSelection(context.selection, rowCount, ids.current.length);
    if (JSON.stringify(next) !== JSON.stringify(context.selection)) set(next);
  }, [rowCount, context, set]);

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    document.addEventListener("mouseup", stop);
    return () => document.removeEventListener("mouseup", stop);
  }, []);

  const onCellMouseDown = useCallback(
    (e: CellMouseDownEvent<GridRow>) => {
      const pos = posOf(e.rowIndex, e.column);
      const mouse = e.event as MouseEvent | undefined;
      if (!pos || (mouse && mouse.button !== 0)) return;
      if (mouse?.shiftKey && context.selection) {
        extending.current = true;
        set(extendTo(context.selection, pos));
        return;
      }
      dragging.current = true;
      set(collapsed(pos));
    },
    [context, posOf, set],
  );

  const onCellMouseOver = useCallback(
    (e: CellMouseOverEvent<GridRow>) => {
      const mouse = e.event as MouseEvent | undefined;
      if (!dragging.current || !context.selection || (mouse && (mouse.buttons & 1) === 0)) return;
      const pos = posOf(e.rowIndex, e.column);
      if (pos) set(extendTo(context.selection, pos));
    },
    [context, posOf, set],
  );

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<GridRow>) => {
      const pos = posOf(e.rowIndex, e.column);
      if (!pos) return;
      const s = context.selection;
      // Shift+click focuses the clicked cell: the selection keeps its anchor and stretches to it
      // (the mouse-down handler does the same, whichever of the two events comes first).
      if (extending.current || (e.sourceEvent instanceof MouseEvent && e.sourceEvent.shiftKey)) {
        extending.current = false;
        if (s) set(extendTo(s, pos));
        return;
      }
      if (dragging.current) return;
      if (
        s &&
        s.anchor.row === pos.row &&
        s.anchor.col === pos.col &&
        s.focus.row === pos.row &&
        s.focus.col === pos.col
      )
        return;
      set(collapsed(pos));
    },
    [context, posOf, set],
  );

  const extendBy = useCallback(
    (dRow: number, dCol: number) => {
      const g = api();
      const s = context.selection;
      if (!g || !s) return;
      const next = extend(s, dRow, dCol, g.getDisplayedRowCount(), ids.current.length);
      set(next);
      g.ensureIndexVisible(next.focus.row);
      const id = ids.current[next.focus.col];
      if (id) g.ensureColumnVisible(id);
    },
    [api, context, set],
  );

  return {
    selection,
    current: () => context.selection,
    set,
    extendBy,
    onCellMouseDown,
    onCellMouseOver,
    onCellFocused,
    colIds: () => ids.current,
    onColumnsChanged,
  };
}
