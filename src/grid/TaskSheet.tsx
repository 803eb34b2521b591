// The plan's tasks as a second sheet: task, responsible agency, deadline, status and note, typed in
// place like the indicator grid; overdue tasks marked in words and with an icon (never colour
// alone). Add, delete (undoable), move up and down. Every change is an edit through the one path.
import type { ColDef, GridApi, ValueSetterParams } from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { useMemo, useRef, useState } from "react";
import { usePlanEditor } from "../app/planEditor";
import { todayIso } from "../app/today";
import type { Edit } from "../domain/edits";
import { useI18n } from "../i18n/I18nProvider";
import { gridTheme, registerGridModules } from "./agGrid";
import { SaveStatus } from "./SaveStatus";
import { newTask, TASK_COLUMNS, type TaskColumn, type TaskRow, taskRows, writeTask } from "./taskInput";
import { translator } from "./translate";
import "./grid.css";

registerGridModules();

const WIDTHS: Record<TaskColumn, number> = {
  code: 64,
  title: 420,
  agency: 240,
  deadline: 130,
  status: 200,
  note: 260,
};
const STATUS_VALUES = ["notStarted", "inProgress", "done"];

export function TaskSheet({ today = todayIso() }: { today?: string }) {
  const editor = usePlanEditor();
  const { t, lang } = useI18n();
  const tasks = editor.plan.tasks;
  const rows = useMemo(() => taskRows(tasks, today, lang, translator(lang)), [tasks, today, lang]);
  const apiRef = useRef<GridApi<TaskRow> | null>(null);
  const [notice, setNotice] = useState<{ tone: "info" | "problem"; text: string } | null>(null);
  const overdue = rows.filter((r) => r.overdue).length;

  const run = (edit: Edit, done: string) => {
    const r = editor.dispatch(edit);
    setNotice(
      r.ok
        ? { tone: "info", text: done }
        : { tone: "problem", text: t("grid.refusedEdit", { reason: t(`problem.${r.error.problem}`) }) },
    );
    return r.ok;
  };
  const focusedTask = () => {
    const f = apiRef.current?.getFocusedCell();
    return f ? (tasks[f.rowIndex] ?? null) : null;
  };

  const columnDefs = useMemo((): ColDef<TaskRow, string>[] => {
    const tt = translator(lang);
    return TASK_COLUMNS.map((col) => ({
      colId: col,
      headerName: tt(`task.col.${col}`),
      width: WIDTHS[col],
      editable: editor.writable,
      pinned: col === "code" || col === "title" ? ("left" as const) : undefined,
      cellClass: col === "title" || col === "note" || col === "agency" ? "cell-wrap" : undefined,
      valueGetter: (p) => (!p.data ? "" : col === "deadline" ? p.data.deadlineEdit : p.data[col]),
      valueFormatter: (p) =>
        !p.data
          ? ""
          : col === "deadline"
            ? p.data.deadline
            : col === "status"
              ? tt(`task.${p.data.status}`)
              : String(p.value ?? ""),
      cellRenderer:
        col === "status" ? StatusText : col === "code" || col === "deadline" ? undefined : ClampText,
      ...(col === "status"
        ? { cellEditor: "agSelectCellEditor", cellEditorParams: { values: STATUS_VALUES } }
        : {}),
      tooltipValueGetter: (p) =>
        col === "title" && p.data ? [p.data.title, p.data.source].filter(Boolean).join("\n") : undefined,
      valueSetter: (p: ValueSetterParams<TaskRow, string>) => {
        const task = tasks.find((x) => x.id === p.data.rowId);
        if (!task) return false;
        const w = writeTask(task, col, String(p.newValue ?? ""));
        if (!w.ok) {
          const where = tt("task.where", { code: task.code, column: tt(`task.col.${col}`) });
          setNotice({
            tone: "problem",
            text: tt("grid.refusedAt", {
              where,
              text: String(p.newValue ?? ""),
              reason: tt(w.problem.key, w.problem.params),
            }),
          });
        } else if (w.edit) run(w.edit, "");
        return false;
      },
    }));
    // run and setNotice only close over the editor, which `tasks` follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, tasks, editor.writable]);

  const add = () => {
    const f = apiRef.current?.getFocusedCell();
    const index = f ? f.rowIndex + 1 : tasks.length;
    const task = newTask(tasks, crypto.randomUUID(), t("task.newTitle"));
    if (!run({ type: "addTask", task, index }, t("task.added"))) return;
    // Type the new task's name at once.
    window.setTimeout(() => {
      apiRef.current?.setFocusedCell(index, "title");
      apiRef.current?.startEditingCell({ rowIndex: index, colKey: "title" });
    }, 0);
  };
  const remove = () => {
    const task = focusedTask();
    if (!task) return setNotice({ tone: "problem", text: t("task.problem.noTask") });
    run({ type: "removeTask", taskId: task.id }, t("task.deleted", { title: task.title }));
  };
  const move = (delta: -1 | 1) => {
    const f = apiRef.current?.getFocusedCell();
    const task = focusedTask();
    if (!task || !f) return setNotice({ tone: "problem", text: t("task.problem.noTask") });
    const toIndex = f.rowIndex + delta;
    if (toIndex < 0 || toIndex >= tasks.length) return;
    if (run({ type: "moveTask", taskId: task.id, toIndex }, "")) {
      setNotice(null);
      apiRef.current?.setFocusedCell(toIndex, f.column);
    }
  };
  const undoRedo = (which: "undo" | "redo") => {
    const r = which === "undo" ? editor.undo() : editor.redo();
    if (r.ok) setNotice({ tone: "info", text: t(which === "undo" ? "grid.undone" : "grid.redone") });
    else if (r.reason === "nothing")
      setNotice({ tone: "info", text: t(which === "undo" ? "grid.undo.nothing" : "grid.redo.nothing") });
    else setNotice({ tone: "problem", text: t(`grid.undo.${r.reason}`) });
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (/^(INPUT|TEXTAREA|SELECT)$/.test((e.target as HTMLElement).tagName)) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && key === "z") undoRedo(e.shiftKey ? "redo" : "undo");
    else if (mod && key === "y") undoRedo("redo");
    else return;
    e.preventDefault();
  };

  const disabled = !editor.writable;
  return (
    <section className="plan-grid task-sheet" aria-label={t("task.label")}>
      <div className="grid-toolbar" role="toolbar" aria-label={t("task.label")}>
        <span className="grid-tool-group">
          <button
            type="button"
            className="button"
            onClick={() => undoRedo("undo")}
            disabled={!editor.canUndo}
          >
            ↶ {t("undo")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => undoRedo("redo")}
            disabled={!editor.canRedo}
          >
            ↷ {t("redo")}
          </button>
        </span>
        <span className="grid-tool-group">
          <button type="button" className="button" onClick={add} disabled={disabled}>
            + {t("task.add")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => move(-1)}
            disabled={disabled}
            aria-label={t("task.moveUpLabel")}
          >
            ↑ {t("grid.moveUp")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => move(1)}
            disabled={disabled}
            aria-label={t("task.moveDownLabel")}
          >
            ↓ {t("grid.moveDown")}
          </button>
          <button type="button" className="button danger" onClick={remove} disabled={disabled}>
            {t("task.delete")}
          </button>
        </span>
        {overdue > 0 && (
          <span className="overdue-count">
            <span aria-hidden="true">⚠</span> {t("task.overdueCount", { n: overdue })}
          </span>
        )}
        <SaveStatus />
      </div>
      {!editor.writable && <p className="grid-banner">{t("grid.readOnlyPlan")}</p>}
      <div className="grid-messages" aria-live="polite">
        {notice?.text && (
          <p
            className={`grid-message grid-message-${notice.tone}`}
            role={notice.tone === "problem" ? "alert" : "status"}
          >
            {notice.text}
          </p>
        )}
      </div>
      <div className="grid-body task-body" onKeyDown={onKeyDown}>
        <AgGridReact<TaskRow>
          theme={gridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          getRowId={(p) => p.data.rowId}
          getRowClass={(p) => (p.data?.overdue ? "task-overdue" : undefined)}
          defaultColDef={{ sortable: false, resizable: true, suppressMovable: true }}
          suppressStartEditOnTab
          animateRows={false}
          enterNavigatesVerticallyAfterEdit
          tooltipShowDelay={400}
          rowHeight={46}
          overlayNoRowsTemplate={t("task.none")}
          onGridReady={(e) => {
            apiRef.current = e.api;
          }}
        />
      </div>
      <p className="grid-shortcuts">{t("task.shortcuts")}</p>
    </section>
  );
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
