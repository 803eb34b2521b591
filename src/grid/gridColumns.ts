// AG Grid column definitions of the indicator grid, from the column layout (columns.ts). Values
// come from the row view models (rows.ts); editing reads the typed text back through the context's
// check and write (cellInput.ts → the one edit path). Value columns are never written by AG Grid
// itself: the valueSetter hands the text over and returns false, and the new plan flows back in.
import type {
  CellClassParams,
  ColDef,
  ColGroupDef,
  EditableCallbackParams,
  ICellRendererParams,
  ITooltipParams,
  ValueFormatterParams,
  ValueGetterParams,
  ValueSetterParams,
} from "ag-grid-community";
import type { CellView } from "./cellView";
import { type ColumnLayout, type GridColumn } from "./columns";
import { BoundCell, GroupHeading, hasBoundMark, StatusCell, ValueCell } from "./gridCells";
import type { GridContext } from "./gridContext";
import type { GridRow, IndicatorRow } from "./rows";
import type { Translate } from "../i18n/translator";

/** What a value column holds: the cell's view, or (from an open editor) the typed text. */
type CellValue = CellView | string | null;
type Def = ColDef<GridRow, CellValue>;

function indicatorRow(data: GridRow | undefined): IndicatorRow | null {
  return data && data.type === "indicator" ? data : null;
}

function editText(v: CellValue | undefined): string {
  return typeof v === "string" ? v : (v?.edit ?? "");
}

function cellOf(data: GridRow | undefined, id: string) {
  return indicatorRow(data)?.cells[id] ?? null;
}

function isSelected(p: CellClassParams<GridRow, CellValue, GridContext>): boolean {
  const s = p.context.selection;
  const col = p.context.colIndex.get(p.column.getColId());
  if (!s || col === undefined || p.rowIndex === null) return false;
  const r = p.rowIndex;
  const top = Math.min(s.anchor.row, s.focus.row);
  const bottom = Math.max(s.anchor.row, s.focus.row);
  const left = Math.min(s.anchor.col, s.focus.col);
  const right = Math.max(s.anchor.col, s.focus.col);
  return r >= top && r <= bottom && col >= left && col <= right && !(top === bottom && left === right);
}

const NUMERIC = new Set(["baseline", "plan", "actual", "total", "achievement"]);
const WRAPPED = new Set(["code", "name", "unit", "kind", "agency"]);

function shownText(v: CellValue | undefined, context: GridContext): string {
  if (!v || typeof v === "string") return v ?? "";
  return v.estimate && v.text !== "" ? `${v.text} ${context.t("grid.estimateSuffix")}` : v.text;
}

function baseDef(col: GridColumn, headerName: string, width: number, headerTooltip?: string): Def {
  const id = col.id;
  return {
    colId: id,
    headerName,
    headerTooltip,
    width,
    editable: (p: EditableCallbackParams<GridRow, CellValue>) => cellOf(p.data, id)?.editable ?? false,
    // The value is the cell's view: a new object exactly when the row's figures changed, so AG Grid
    // repaints what changed (an estimate flipped, a note added) and nothing else.
    valueGetter: (p: ValueGetterParams<GridRow, CellValue>) => cellOf(p.data, id),
    // What the cell shows, with "(ước)" after an estimate: in words, not by colour alone.
    valueFormatter: (p: ValueFormatterParams<GridRow, CellValue, GridContext>) =>
      shownText(p.value, p.context),
    valueSetter: (p: ValueSetterParams<GridRow, CellValue>) => {
      const row = indicatorRow(p.data);
      const text = editText(p.newValue);
      // Enter on an unchanged cell (a derived one included) writes nothing.
      if (row && text !== editText(p.oldValue)) (p.context as GridContext).write(row, id, text);
      // The grid never writes the row itself: the new plan comes back through the editor.
      return false;
    },
    cellEditorParams: {
      // The editor starts from the text a planner would type, at full precision (not as shown).
      useFormatter: true,
      formatValue: (v: CellValue | undefined) => editText(v),
      getValidationErrors: (p: {
        value: unknown;
        cellEditorParams: { data: GridRow; context: GridContext };
      }) => {
        const { data, context } = p.cellEditorParams;
        const row = indicatorRow(data);
        if (!row) return null;
        const problem = context.check(row, id, String(p.value ?? ""));
        return problem ? [context.t(problem.key, problem.params)] : null;
      },
    },
    // Numbers are drawn by AG Grid itself (no component per cell: scrolling stays smooth); the
    // status and the texts that wrap on two lines have their own.
    cellRenderer: col.kind === "status" ? StatusCell : WRAPPED.has(col.kind) ? ValueCell : undefined,
    // A number with a bound ("≥ 8") has its sign drawn apart, bold and upright.
    ...(NUMERIC.has(col.kind)
      ? {
          cellRendererSelector: (p: ICellRendererParams<GridRow, CellValue>) =>
            hasBoundMark(cellOf(p.data, id)?.text ?? "") ? { component: BoundCell } : undefined,
        }
      : {}),
    tooltipValueGetter: (p: ITooltipParams<GridRow, CellValue, GridContext>) => {
      const cell = cellOf(p.data, id);
      if (!cell) return undefined;
      const parts: string[] = [];
      if (col.kind === "name" && cell.text) parts.push(cell.text);
      if (cell.tip) parts.push(cell.tip);
      if (cell.note) parts.push(p.context.t("grid.noteTip", { note: cell.note }));
      return parts.length > 0 ? parts.join("\n") : undefined;
    },
    cellClass: NUMERIC.has(col.kind) ? "cell-num" : undefined,
    cellClassRules: {
      "cell-derived": (p) => cellOf(p.data, id)?.source === "derived",
      "cell-estimate": (p) => cellOf(p.data, id)?.estimate === true,
      "cell-note": (p) => Boolean(cellOf(p.data, id)?.note),
      "cell-locked": (p) => indicatorRow(p.data) !== null && cellOf(p.data, id)?.editable !== true,
      "cell-selected": isSelected,
      "cell-refused": (p) =>
        p.context.refused?.colId === id && p.context.refused.rowId === indicatorRow(p.data)?.rowId,
    },
  };
}

export function indicatorColumnDefs(
  layout: ColumnLayout,
  t: Translate,
  half: boolean,
): (Def | ColGroupDef<GridRow>)[] {
  const [code, name, unit, kind] = layout.pinned as [GridColumn, GridColumn, GridColumn, GridColumn];
  const pinned = (d: Def): Def => ({ ...d, pinned: "left", lockPinned: true });
  const actualHeader = (c: GridColumn) =>
    c.half === "H1"
      ? t("grid.col.actualH1")
      : c.half === "H2"
        ? t("grid.col.actualH2")
        : half
          ? t("grid.col.actualYear")
          : t("grid.col.actual");
  const actualTip = (c: GridColumn, year: number) =>
    c.half === "H1"
      ? t("grid.headerTip.actualH1", { year })
      : c.half === "H2"
        ? t("grid.headerTip.actualH2", { year })
        : half
          ? t("grid.headerTip.actualYear", { year })
          : t("grid.headerTip.actual", { year });
  const trailing = layout.trailing.map((c) => {
    switch (c.kind) {
      case "total":
        return baseDef(c, t("grid.col.total"), 112, t("grid.headerTip.total"));
      case "achievement":
        return baseDef(c, t("grid.col.achievement"), 104);
      case "status":
        return baseDef(c, t("grid.col.status"), 150);
      default:
        return { ...baseDef(c, t("grid.col.agency"), 220), cellClass: "cell-wrap" };
    }
  });
  return [
    pinned(baseDef(code, t("grid.col.code"), 62)),
    pinned({ ...baseDef(name, t("grid.col.name"), 300), cellClass: "cell-wrap cell-name" }),
    pinned({ ...baseDef(unit, t("grid.col.unit"), 92), cellClass: "cell-wrap" }),
    pinned({ ...baseDef(kind, t("grid.col.kind"), 128), cellClass: "cell-wrap" }),
    baseDef(layout.baseline, t("grid.col.baseline"), 96),
    ...layout.years.map((y): ColGroupDef<GridRow> => ({
      headerName: t("grid.col.year", { year: y.year }),
      groupId: `year:${y.year}`,
      marryChildren: true,
      children: y.columns.map((c) =>
        c.kind === "plan"
          ? baseDef(c, t("grid.col.plan"), 92, t("grid.headerTip.plan", { year: y.year }))
          : baseDef(c, actualHeader(c), half ? 100 : 92, actualTip(c, y.year)),
      ),
    })),
    ...trailing,
  ];
}

export const groupRowRenderer = GroupHeading;
