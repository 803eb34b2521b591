// The block selection of the indicator grid (AG Grid Community has none): a click or a cell focused
// by the keyboard starts a new one; a mouse drag, Shift+click and Shift+arrows extend it. It is
// drawn by the "cell-selected" class rule, which reads the grid context; after every change the
// visible cells are refreshed so the rule is applied again.
// It follows the DOM (focus and pointer events on the cells) rather than AG Grid's events, which
// reach their listeners a moment later: a copy right after Shift+↓ must see the new block.
import type { GridApi } from "ag-grid-community";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
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
  /** Column ids in displayed order; refreshed when the columns change. */
  colIds: () => string[];
  onColumnsChanged: () => void;
}

export function useGridSelection(
  body: RefObject<HTMLElement | null>,
  api: () => GridApi<GridRow> | null,
  context: GridContext,
  rowCount: number,
): GridSelection {
  const [selection, setSelection] = useState<Selection | null>(null);
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

  // Rows deleted or a narrower plan: keep the selection inside the grid.
  useEffect(() => {
    if (!context.selection) return;
    const next = clampSelection(context.selection, rowCount, ids.current.length);
    if (JSON.stringify(next) !== JSON.stringify(context.selection)) set(next);
  }, [rowCount, context, set]);

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    let dragging = false;
    let shiftClick = false;
    const posOf = (target: EventTarget | null): CellPos | null => {
      const cell = (target as HTMLElement | null)?.closest?.(".ag-cell");
      const row = cell?.closest(".ag-row")?.getAttribute("row-index");
      const col = context.colIndex.get(cell?.getAttribute("col-id") ?? "");
      if (!cell || row == null || col === undefined || cell.classList.contains("ag-cell-inline-editing"))
        return null;
      return { row: Number(row), col };
    };
    const same = (a: Selection | null, b: Selection) => JSON.stringify(a) === JSON.stringify(b);
    const onPointerDown = (e: PointerEvent) => {
      const pos = posOf(e.target);
      if (!pos || e.button !== 0) return;
      const s = context.selection;
      if (e.shiftKey && s) {
        shiftClick = true;
        set(extendTo(s, pos));
        return;
      }
      dragging = true;
      if (!same(s, collapsed(pos))) set(collapsed(pos));
    };
    const onPointerOver = (e: PointerEvent) => {
      if (!dragging || (e.buttons & 1) === 0 || !context.selection) return;
      const pos = posOf(e.target);
      if (pos) set(extendTo(context.selection, pos));
    };
    const onPointerUp = () => {
      dragging = false;
      shiftClick = false;
    };
    // A cell that takes the focus (arrows, Tab, Enter, a click) starts a new selection, except the
    // cell a Shift+click or a drag reaches, which stretches the current one.
    const onFocusIn = (e: FocusEvent) => {
      const pos = posOf(e.target);
      if (!pos || shiftClick || dragging) return;
      if (!same(context.selection, collapsed(pos))) set(collapsed(pos));
    };
    // Capture: before AG Grid's own handler moves the focus (and so before the focusin below).
    el.addEventListener("pointerdown", onPointerDown, true);
    el.addEventListener("pointerover", onPointerOver);
    el.addEventListener("focusin", onFocusIn);
    document.addEventListener("pointerup", onPointerUp);
    return () => {
      el.removeEventListener("pointerdown", onPointerDown, true);
      el.removeEventListener("pointerover", onPointerOver);
      el.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("pointerup", onPointerUp);
    };
  }, [body, context, set]);

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
    colIds: () => ids.current,
    onColumnsChanged,
  };
}
