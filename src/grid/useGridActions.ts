// What the planner can do to the indicator grid besides typing in a cell: paste and clear blocks,
// flip estimates, fill helpers, notes, undo and redo, move and delete indicators. Each builds ONE
// edit and hands it to the editor's dispatch (one undo step), then says what happened.
import { useCallback } from "react";
import type { PlanEditor } from "../bindings/planEditor";
import { editNotice, undoNotice } from "./sheetNotices";
import { getCell } from "../domain/cells";
import type { Edit } from "../domain/edits";
import type { Actual } from "../domain/schema";
import type { Lang } from "../i18n/numbers";
import type { CellProblem } from "./cellInput";
import { copyBlockText } from "./copyBlock";
import { copyToRest, deriveTotal, type FillResult, splitTotal } from "./fillHelpers";
import { parseBlock, placeBlock } from "./pasteBlock";
import { buildCellsEdit, type CellRefusal, type CellTarget } from "./pasteEdits";
import type { GridRow, IndicatorRow } from "./rows";
import { type Selection, positions, toRect } from "./selection";
import type { Translate } from "../i18n/translator";

export interface GridNotice {
  tone: "info" | "problem";
  text: string;
  /** Cells refused by a paste or a fill, listed under the notice. */
  refused?: CellRefusal[];
}

export interface GridActionDeps {
  editor: PlanEditor;
  area: string;
  lang: Lang;
  t: Translate;
  rows: readonly GridRow[];
  colIds: () => string[];
  /** The selection as it is now (read at the time of the action, not of the last render). */
  selection: () => Selection | null;
  select: (s: Selection | null) => void;
  notify: (n: GridNotice | null) => void;
}

export type FillKind = "split" | "copyRest" | "deriveTotal";

export function useGridActions(d: GridActionDeps) {
  const { editor, area, lang, t, rows, colIds, selection: current, select, notify } = d;

  /** The indicator row and column of the selection's anchor (the focused cell). */
  const focused = useCallback((): { row: IndicatorRow | null; colId: string | null } => {
    const selection = current();
    if (!selection) return { row: null, colId: null };
    const row = rows[selection.anchor.row];
    return { row: row?.type === "indicator" ? row : null, colId: colIds()[selection.anchor.col] ?? null };
  }, [current, rows, colIds]);

  const problemText = useCallback((p: CellProblem) => t(p.key, p.params), [t]);

  const run = useCallback(
    (edit: Edit, done: string): boolean => {
      const r = editor.dispatch(edit);
      notify(editNotice(r, done, t));
      return r.ok;
    },
    [editor, notify, t],
  );

  /** Write many cells as one edit; invalid ones are listed and not written. */
  const writeCells = useCallback(
    (targets: CellTarget[], done: (n: number) => string, clipped = 0) => {
      const build = buildCellsEdit(editor.plan, area, targets, lang);
      if (build.edit) {
        const r = editor.dispatch(build.edit);
        if (!r.ok) return notify(editNotice(r, "", t));
      }
      const parts = [done(build.accepted)];
      if (clipped > 0) parts.push(t("grid.pasteClipped", { n: clipped }));
      if (build.refused.length > 0) {
        const head = build.accepted > 0 ? "grid.pasteProblems" : "grid.pasteProblemsNone";
        parts.push(t(head, { n: build.refused.length }));
      }
      notify({
        tone: build.refused.length > 0 ? "problem" : "info",
        text: parts.join(" "),
        ...(build.refused.length > 0 ? { refused: build.refused } : {}),
      });
    },
    [editor, area, lang, notify, t],
  );

  const targetsAt = useCallback(
    (cells: { row: number; col: number; text: string }[]): CellTarget[] =>
      cells.flatMap((c) => {
        const row = rows[c.row];
        const colId = colIds()[c.col];
        return row?.type === "indicator" && colId
          ? [{ indicatorId: row.indicatorId, colId, text: c.text }]
          : [];
      }),
    [rows, colIds],
  );

  const paste = useCallback(
    (text: string) => {
      const selection = current();
      if (!selection) return;
      const block = parseBlock(text);
      if (block.length === 0) return;
      const rect = toRect(selection);
      const at = { row: rect.top, col: rect.left };
      const placed = placeBlock(
        block,
        at,
        rows.length,
        colIds().length,
        (r) => rows[r]?.type === "indicator",
        rect,
      );
      const targets = targetsAt(placed.cells);
      if (targets.length === 0) return notify({ tone: "problem", text: t("grid.pasteNothing") });
      writeCells(targets, (n) => t("grid.pasted", { n }), placed.clipped);
      const last = placed.cells.at(-1);
      if (last && placed.cells.length > 1) select({ anchor: at, focus: { row: last.row, col: last.col } });
    },
    [current, rows, colIds, targetsAt, writeCells, notify, t, select],
  );

  const copyText = useCallback((): string | null => {
    const selection = current();
    if (!selection) return null;
    const { text, cells } = copyBlockText(rows, colIds(), toRect(selection));
    notify({ tone: "info", text: t("grid.copied", { n: cells }) });
    return text;
  }, [current, rows, colIds, notify, t]);

  const clear = useCallback(() => {
    const selection = current();
    if (!selection) return;
    const ids = colIds();
    const cells = positions(selection).filter((p) => {
      const row = rows[p.row];
      const id = ids[p.col];
      const cell = row?.type === "indicator" && id ? row.cells[id] : undefined;
      // Only cells that hold a typed value and may be typed into are cleared; the rest are left.
      return cell?.editable && cell.source === "typed";
    });
    if (cells.length === 0) return;
    writeCells(targetsAt(cells.map((p) => ({ ...p, text: "" }))), (n) => t("grid.cleared", { n }));
  }, [current, rows, colIds, targetsAt, writeCells, t]);

  /** Flip estimate ↔ final on every typed actual of the selection. */
  const toggleEstimate = useCallback(() => {
    const selection = current();
    if (!selection) return;
    const ids = colIds();
    const edits: Edit[] = [];
    for (const p of positions(selection)) {
      const row = rows[p.row];
      const id = ids[p.col];
      if (row?.type !== "indicator" || !id?.startsWith("actual:") || !row.cells[id]?.editable) continue;
      const ind = editor.plan.indicators.find((x) => x.id === row.indicatorId);
      const a = getCell(ind?.series[area], id) as Actual | null;
      if (!a) continue;
      const value: Actual = { ...a, status: a.status === "estimate" ? "final" : "estimate" };
      edits.push({ type: "setCell", indicatorId: row.indicatorId, area, key: id, value });
    }
    if (edits.length === 0) return notify({ tone: "problem", text: t("grid.problem.noActual") });
    run({ type: "batch", edits }, t("grid.filled", { n: edits.length }));
  }, [current, rows, colIds, editor, area, notify, run, t]);

  const fill = useCallback(
    (kind: FillKind) => {
      const { row, colId } = focused();
      const ind = row && editor.plan.indicators.find((x) => x.id === row.indicatorId);
      if (!ind) return notify({ tone: "problem", text: t("grid.problem.noIndicator") });
      let r: FillResult;
      if (kind === "split") r = splitTotal(editor.plan, ind, area);
      else if (kind === "deriveTotal") r = deriveTotal(editor.plan, ind, area);
      else r = copyToRest(editor.plan, ind, area, colId ?? "");
      if (!r.ok) return notify({ tone: "problem", text: problemText(r.problem) });
      run(r.edit, t("grid.filled", { n: r.cells }));
    },
    [focused, editor, area, notify, problemText, run, t],
  );

  const saveNote = useCallback(
    (row: IndicatorRow, colId: string, note: string | null) => {
      run(
        { type: "setNote", indicatorId: row.indicatorId, area, key: colId, note },
        t("grid.filled", { n: 1 }),
      );
    },
    [area, run, t],
  );

  const undoRedo = useCallback(
    (which: "undo" | "redo") =>
      notify(undoNotice(which, which === "undo" ? editor.undo() : editor.redo(), t)),
    [editor, notify, t],
  );

  const moveIndicator = useCallback(
    (delta: -1 | 1) => {
      const { row } = focused();
      if (!row) return notify({ tone: "problem", text: t("grid.problem.noIndicator") });
      const list = editor.plan.indicators;
      const index = list.findIndex((x) => x.id === row.indicatorId);
      const toIndex = index + delta;
      // Indicators move within their group; the form moves one to another group.
      if (index < 0 || list[toIndex]?.group !== list[index]?.group) {
        return notify({ tone: "problem", text: t("grid.problem.groupEdge") });
      }
      const selection = current();
      if (run({ type: "moveIndicator", indicatorId: row.indicatorId, toIndex }, "") && selection) {
        notify(null);
        const next = { ...selection.anchor, row: selection.anchor.row + delta };
        select({ anchor: next, focus: next });
      }
    },
    [focused, editor, notify, run, current, select, t],
  );

  const deleteIndicator = useCallback(() => {
    const { row } = focused();
    if (!row) return notify({ tone: "problem", text: t("grid.problem.noIndicator") });
    run({ type: "removeIndicator", indicatorId: row.indicatorId }, t("grid.deleted", { name: row.name }));
  }, [focused, notify, run, t]);

  return {
    focused,
    paste,
    copyText,
    clear,
    toggleEstimate,
    fill,
    saveNote,
    undoRedo,
    moveIndicator,
    deleteIndicator,
  };
}
