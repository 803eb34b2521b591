// Column definitions of the task sheet. Like the indicator grid's, they keep their identity across
// edits (a new set would close an open editor) and reach the current plan through the grid context.
import type { ColDef, ValueSetterParams } from "ag-grid-community";
import { useI18n } from "../i18n/I18nProvider";
import { StatusEditor } from "./StatusEditor";
import { TASK_COLUMNS, type TaskColumn, type TaskRow } from "./taskInput";
import type { Translate } from "../i18n/translator";

/** What the task columns read at run time; TaskSheet keeps it current. */
export class TaskContext {
  write: (row: TaskRow, col: TaskColumn, text: string) => void = () => undefined;
  /** Why a typed text would be refused (in the user's language), or null when it would be taken. */
  check: (row: TaskRow, col: TaskColumn, text: string) => string | null = () => null;
  /** The cell whose value was just refused (outlined until the next edit). */
  refused: { rowId: string; col: TaskColumn } | null = null;

  update(fields: Partial<Pick<TaskContext, "write" | "check" | "refused">>): void {
    Object.assign(this, fields);
  }
}

// Every column in view on a 1280-pixel projector; long texts take two lines and the rest on hover.
const WIDTHS: Record<TaskColumn, number> = {
  code: 64,
  title: 370,
  agency: 220,
  deadline: 120,
  status: 210,
  note: 240,
};

export function taskColumnDefs(t: Translate, writable: boolean): ColDef<TaskRow, string>[] {
  return TASK_COLUMNS.map((col) => ({
    colId: col,
    headerName: t(`task.col.${col}`),
    width: WIDTHS[col],
    editable: writable,
    pinned: col === "code" || col === "title" ? ("left" as const) : undefined,
    cellClass: col === "title" || col === "note" || col === "agency" ? "cell-wrap" : undefined,
    valueGetter: (p) => (!p.data ? "" : col === "deadline" ? p.data.deadlineEdit : p.data[col]),
    valueFormatter: (p) =>
      !p.data
        ? ""
        : col === "deadline"
          ? p.data.deadline
          : col === "status"
            ? p.data.statusText
            : String(p.value ?? ""),
    cellRenderer:
      col === "status" ? StatusText : col === "code" || col === "deadline" ? undefined : ClampText,
    // The status cell also shows "overdue", which changes with the deadline: always repaint it.
    ...(col === "status" ? { cellEditor: StatusEditor, equals: () => false } : {}),
    tooltipValueGetter: (p) =>
      col === "title" && p.data ? [p.data.title, p.data.source].filter(Boolean).join("\n") : undefined,
    cellClassRules: {
      "cell-refused": (p) =>
        (p.context as TaskContext).refused?.col === col &&
        (p.context as TaskContext).refused?.rowId === p.data?.rowId,
    },
    // A refused value keeps its editor open (the sheet's invalidEditValueMode "block"), as in the grid.
    cellEditorParams:
      col === "status"
        ? undefined
        : {
            getValidationErrors: (p: {
              value: unknown;
              cellEditorParams: { data: TaskRow; context: TaskContext };
            }) => {
              const { data, context } = p.cellEditorParams;
              const reason = context.check(data, col, String(p.value ?? ""));
              return reason ? [reason] : null;
            },
          },
    valueSetter: (p: ValueSetterParams<TaskRow, string>) => {
      (p.context as TaskContext).write(p.data, col, String(p.newValue ?? ""));
      // The grid never writes the row itself: the new plan comes back through the editor.
      return false;
    },
  }));
}

function StatusText(p: { data?: TaskRow }) {
  const { t } = useI18n();
  if (!p.data) return null;
  return (
    <span>
      {p.data.statusText}
      {p.data.overdue && (
        <strong className="overdue-mark">
          {" "}
          · <span aria-hidden="true">⚠</span> {t("task.overdue")}
        </strong>
      )}
    </span>
  );
}

/** Long Vietnamese text on two lines at most; the whole of it is in the tooltip or the editor. */
function ClampText(p: { value?: string | null; valueFormatted?: string | null }) {
  return <span className="cell-text">{p.valueFormatted ?? p.value ?? ""}</span>;
}
