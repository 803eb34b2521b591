// The indicator grid: edit a plan like a spreadsheet. Rows come from the plan (rows.ts), every
// change goes through the editor's one edit path (usePlanEditor().dispatch), and what is shown is
// always recomputed from the plan the editor holds — so after any undo the grid shows what is
// stored. Selection, copy and paste are built here (AG Grid Community has neither).
import type {
  CellContextMenuEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  IsFullWidthRowParams,
} from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { WHOLE_AREA } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { registerGridModules, SHEET_COLUMN, SHEET_OPTIONS } from "./agGrid";
import { columnLayout, VALUE_COLUMNS, columnKindOf } from "./columns";
import { GridNotice } from "./GridNotice";
import { AreaSplitDialog } from "./AreaSplitDialog";
import { pastedRows } from "./pastedRows";
import { GridToolbar } from "./GridToolbar";
import { groupRowRenderer, indicatorColumnDefs } from "./gridColumns";
import { GridContext } from "./gridContext";
import { IndicatorForm, type IndicatorFormProps } from "./IndicatorForm";
import { NoteEditor } from "./NoteEditor";
import { type GridRow, type IndicatorRow, isRollupView } from "./rows";
import { collapsed, contains } from "./selection";
import { translator } from "../i18n/translator";
import { CellMenu } from "./CellMenu";
import { type FillKind, type GridNotice as Notice, useGridActions } from "./useGridActions";
import { type CommandState, GRID_COMMANDS, type GridActions } from "./commands";
import { ShortcutLine } from "./CommandBar";
import { runShortcut, suppressOurKeys, undoKeyOutsideText } from "./useGridKeys";
import { useGridSelection } from "./useGridSelection";
import { usePlanRows } from "./usePlanRows";
import { useCellWriter } from "./useCellWriter";
import { useEditGuard } from "./useEditGuard";
import { useTypeAhead } from "./useTypeAhead";
import { useGridClipboard } from "./useGridClipboard";
import { useFitHeight } from "./useFitHeight";
import "./grid.css";
import "../i18n/featureMessages";

registerGridModules();

// Grid options that must keep their identity across renders: a new object here would make AG Grid
// rebuild its columns and close an open cell editor.
const rowIdOf = (p: GetRowIdParams<GridRow>) => p.data.rowId;
const isGroupRow = (p: IsFullWidthRowParams<GridRow>) => p.rowNode.data?.type === "group";
const DEFAULT_COLUMN: ColDef<GridRow> = { ...SHEET_COLUMN, suppressKeyboardEvent: suppressOurKeys };

export interface PlanGridProps {
  /** The sub-area shown, when the page keeps it (e.g. in the address); else the grid keeps it. */
  area?: string;
  onAreaChange?: (area: string) => void;
  /**
   * Rows pasted (a Word table, rows from Excel or a web page): true when they were taken as new
   * indicators (the plan's page offers them), false to paste them into the cells as usual.
   */
  onPasteRows?: (rows: string[][]) => boolean;
  /** The "targets from text" dialog (issue 13), drawn by the page: `close` it, `notify` what it added. */
  fromText?: (close: () => void, notify: (text: string) => void) => ReactNode;
}

type FormState = Pick<IndicatorFormProps, "indicatorId" | "insertAt" | "group">;

export function PlanGrid({
  area: areaProp,
  onAreaChange,
  onPasteRows,
  fromText: fromTextDialog,
}: PlanGridProps) {
  const editor = usePlanEditor();
  const { t, lang } = useI18n();
  const plan = editor.plan;
  const [ownArea, setOwnArea] = useState(() => plan.subAreas[0]?.id ?? WHOLE_AREA);
  const wanted = areaProp ?? ownArea;
  const area = wanted === WHOLE_AREA || plan.subAreas.some((a) => a.id === wanted) ? wanted : WHOLE_AREA;
  const rollup = isRollupView(plan, area);
  const editable = editor.writable && !rollup;
  const rows = usePlanRows(plan, area, lang, editor.writable);
  const half = plan.reporting === "halfYearly";
  const { startYear, endYear, reporting } = plan;
  const layout = useMemo(
    () => columnLayout({ startYear, endYear, reporting }),
    [startYear, endYear, reporting],
  );
  const columnDefs = useMemo(() => indicatorColumnDefs(layout, translator(lang), half), [layout, lang, half]);
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useFitHeight(sectionRef);
  const getApi = useCallback(() => apiRef.current, []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const [noteFor, setNoteFor] = useState<{ row: IndicatorRow; colId: string } | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [fromText, setFromText] = useState(false);
  const [splitFor, setSplitFor] = useState<{ indicatorId: string; key: string } | null>(null);

  // The context AG Grid's callbacks read: one object for the grid's life, brought up to date after
  // every render so that a write always sees the current plan, area and language.
  const [context] = useState(() => new GridContext(lang));
  const sel = useGridSelection(bodyRef, getApi, context, rows.length);
  const act = useGridActions({
    editor,
    area,
    lang,
    t: translator(lang),
    rows,
    colIds: sel.colIds,
    selection: sel.current,
    select: sel.set,
    notify: setNotice,
  });
  const { where, refuse } = useCellWriter(context, editor, area, lang, t, setNotice, apiRef);

  const focusedRow = act.focused().row;
  const refocus = useCallback(() => {
    const s = context.selection;
    const colId = s ? sel.colIds()[s.anchor.col] : undefined;
    if (s && colId) apiRef.current?.setFocusedCell(s.anchor.row, colId);
  }, [context, sel]);

  const openNote = () => {
    const { row, colId } = act.focused();
    if (!row || !colId) return setNotice({ tone: "problem", text: t("grid.problem.noIndicator") });
    const kind = columnKindOf(colId);
    if (!kind || !VALUE_COLUMNS.has(kind) || rollup || !editor.writable)
      return setNotice({
        tone: "problem",
        text: t(rollup || !editor.writable ? "grid.problem.readOnly" : "grid.problem.notesOnValues"),
      });
    setNoteFor({ row, colId });
  };
  const openForm = (add: boolean) => {
    const row = act.focused().row;
    const index = row ? plan.indicators.findIndex((x) => x.id === row.indicatorId) : -1;
    if (add)
      return setForm({
        indicatorId: null,
        insertAt: index < 0 ? plan.indicators.length : index + 1,
        group: plan.indicators[index]?.group ?? "",
      });
    if (!row) return setNotice({ tone: "problem", text: t("grid.problem.noIndicator") });
    if (editor.writable) setForm({ indicatorId: row.indicatorId });
  };
  const openMenu = () => {
    const s = context.selection;
    const colId = s ? sel.colIds()[s.anchor.col] : undefined;
    const cell =
      s && colId
        ? bodyRef.current?.querySelector(
            `.ag-row[row-index="${s.anchor.row}"] .ag-cell[col-id="${CSS.escape(colId)}"]`,
          )
        : null;
    const r = cell?.getBoundingClientRect();
    setMenuAt(r ? { x: r.left + 8, y: r.bottom } : { x: 40, y: 120 });
  };
  const openSplit = () => {
    const { row, colId } = act.focused();
    if (!row) return setNotice({ tone: "problem", text: t("grid.problem.noIndicator") });
    setSplitFor({ indicatorId: row.indicatorId, key: colId?.startsWith("plan:") ? colId : "total" });
  };
  const splitIndicator = splitFor ? plan.indicators.find((i) => i.id === splitFor.indicatorId) : undefined;
  const actions: GridActions = {
    splitAreas: openSplit,
    undo: () => act.undoRedo("undo"),
    redo: () => act.undoRedo("redo"),
    add: () => openForm(true),
    fromText: () => setFromText(true),
    edit: () => openForm(false),
    remove: () => {
      act.deleteIndicator();
      refocus();
    },
    move: (d: -1 | 1) => {
      act.moveIndicator(d);
      refocus();
    },
    fill: (k: FillKind) => {
      act.fill(k);
      refocus();
    },
    toggleEstimate: () => {
      act.toggleEstimate();
      refocus();
    },
    note: openNote,
    copy: () => {
      const text = act.copyText();
      if (text !== null) void navigator.clipboard?.writeText(text);
    },
    clear: act.clear,
    extend: sel.extendBy,
    menu: openMenu,
  };
  // From the keys the focus is in the grid already: the selection is kept as it is.
  const keyActions: GridActions = { ...actions, toggleEstimate: act.toggleEstimate };
  const commandState: CommandState = {
    editable,
    writable: editor.writable,
    onIndicator: focusedRow !== null,
    subAreas: plan.subAreas.length > 1,
    fromText: fromTextDialog !== undefined,
    canUndo: editor.canUndo,
    canRedo: editor.canRedo,
  };

  // Rows whose first cells are names the plan does not have: offered as new indicators (the mapping
  // step shows how they are read); anything else is pasted into the cells.
  const clipboard = useMemo(
    () => ({
      ...act,
      paste: (text: string, html: string) => {
        const rows = pastedRows(text, html);
        const wide = rows.some((r) => r.length >= 2) || plan.indicators.length === 0;
        if (wide && !rollup && onPasteRows?.(rows)) return;
        act.paste(text);
      },
    }),
    [act, plan, rollup, onPasteRows],
  );
  useGridClipboard(
    bodyRef,
    getApi,
    clipboard,
    editable,
    (text) => setNotice({ tone: "problem", text }),
    t(rollup ? "grid.wholeReadOnly" : "grid.readOnlyPlan"),
  );

  const guard = useEditGuard(
    bodyRef,
    getApi,
    (rowIndex, colId, text) => {
      const row = rows[rowIndex];
      const p = row?.type === "indicator" ? context.check(row, colId, text) : null;
      return p ? t(p.key, p.params) : null;
    },
    (rowIndex, colId, text, reason) => {
      const row = rows[rowIndex];
      if (row?.type === "indicator") refuse(row, colId, text, reason);
    },
  );
  const typeAhead = useTypeAhead(bodyRef, getApi);
  const onKeyDownCapture = (e: React.KeyboardEvent) => {
    if (!typeAhead(e)) guard.onKeyDownCapture(e);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !target.closest(".ag-root-wrapper")) return;
    const { row, colId } = act.focused();
    const cellEditable = Boolean(row && colId && row.cells[colId]?.editable);
    runShortcut(e, keyActions, cellEditable || !row);
  };
  const onCellContextMenu = (e: CellContextMenuEvent<GridRow>) => {
    const pos = e.rowIndex === null ? undefined : context.colIndex.get(e.column.getColId());
    if (
      pos !== undefined &&
      e.rowIndex !== null &&
      !(context.selection && contains(context.selection, { row: e.rowIndex, col: pos }))
    )
      sel.set(collapsed({ row: e.rowIndex, col: pos }));
    const m = e.event as MouseEvent | null;
    setMenuAt({ x: m?.clientX ?? 40, y: m?.clientY ?? 120 });
  };

  return (
    <section
      ref={sectionRef}
      className="plan-grid"
      aria-label={t("grid.label")}
      onKeyDown={(e) => {
        // In the toolbar too; the cells handle their own keys.
        const which = bodyRef.current?.contains(e.target as Node) ? null : undoKeyOutsideText(e);
        if (!which) return;
        e.preventDefault();
        act.undoRedo(which);
      }}
    >
      <GridToolbar
        area={area}
        onArea={(next) => {
          setOwnArea(next);
          onAreaChange?.(next);
          sel.set(null);
        }}
        state={commandState}
        actions={actions}
      />
      {rollup && <p className="grid-banner">{t("grid.wholeReadOnly")}</p>}
      {!editor.writable && <p className="grid-banner">{t("grid.readOnlyPlan")}</p>}
      <GridNotice notice={notice} onDismiss={() => setNotice(null)} />
      <div className="grid-body" ref={bodyRef} onKeyDown={onKeyDown} onKeyDownCapture={onKeyDownCapture}>
        <AgGridReact<GridRow>
          {...SHEET_OPTIONS}
          rowData={rows}
          columnDefs={columnDefs}
          context={context}
          getRowId={rowIdOf}
          isFullWidthRow={isGroupRow}
          fullWidthCellRenderer={groupRowRenderer}
          embedFullWidthRows
          defaultColDef={DEFAULT_COLUMN}
          preventDefaultOnContextMenu
          onGridReady={(e) => {
            apiRef.current = e.api;
            sel.onColumnsChanged();
          }}
          onDisplayedColumnsChanged={sel.onColumnsChanged}
          onCellContextMenu={onCellContextMenu}
        />
      </div>
      <ShortcutLine commands={GRID_COMMANDS} />
      {menuAt && (
        <CellMenu
          at={menuAt}
          onClose={() => {
            setMenuAt(null);
            refocus();
          }}
          state={commandState}
          actions={actions}
        />
      )}
      {noteFor && (
        <NoteEditor
          where={where(noteFor.row, noteFor.colId)}
          initial={noteFor.row.cells[noteFor.colId]?.note ?? ""}
          onClose={() => setNoteFor(null)}
          onSave={(note) => act.saveNote(noteFor.row, noteFor.colId, note)}
        />
      )}
      {fromText &&
        fromTextDialog?.(
          () => setFromText(false),
          (text) => setNotice({ tone: "info", text }),
        )}
      {splitFor && splitIndicator && (
        <AreaSplitDialog
          indicator={splitIndicator}
          initialKey={splitFor.key}
          onClose={() => setSplitFor(null)}
          onDone={(text) => setNotice({ tone: "info", text })}
        />
      )}
      {form && (
        <IndicatorForm
          {...form}
          area={area}
          onClose={() => setForm(null)}
          onSaved={(text) => setNotice({ tone: "info", text })}
        />
      )}
    </section>
  );
}
