// The plan's tasks as a second sheet: task, responsible agency, deadline, status and note, typed in
// place like the indicator grid; overdue tasks marked in words and with an icon (never colour
// alone). Add, delete (undoable), move up and down. Every change is an edit through the one path.
import type { ColDef, Column, GetRowIdParams, GridApi, RowClassParams } from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { todayIso } from "../ui/today";
import type { Edit } from "../domain/edits";
import { useI18n } from "../i18n/I18nProvider";
import { registerGridModules, SHEET_COLUMN, SHEET_OPTIONS } from "./agGrid";
import { CommandBar, ShortcutLine } from "./CommandBar";
import { planCommandState, TASK_COMMANDS } from "./commands";
import { TaskContext, taskColumnDefs } from "./taskColumns";
import { undoKeyOutsideText } from "./useGridKeys";
import { useTypeAhead } from "./useTypeAhead";
import { useFitHeight } from "./useFitHeight";
import { newTask, type TaskColumn, type TaskRow, taskRows, writeTask } from "./taskInput";
import { useEditGuard } from "./useEditGuard";
import { editNotice, type SheetNotice, undoNotice } from "./sheetNotices";
import { translator } from "../i18n/translator";
import "./grid.css";

registerGridModules();

const GROUPS = [
  ["undo", "redo"],
  ["addTask", "moveTaskUp", "moveTaskDown", "deleteTask"],
];

const rowIdOf = (p: GetRowIdParams<TaskRow>) => p.data.rowId;
const overdueClass = (p: RowClassParams<TaskRow>) => (p.data?.overdue ? "task-overdue" : undefined);
const DEFAULT_COLUMN: ColDef<TaskRow> = SHEET_COLUMN;

export function TaskSheet({ today = todayIso() }: { today?: string }) {
  const editor = usePlanEditor();
  const { t, lang } = useI18n();
  const tasks = editor.plan.tasks;
  const rows = useMemo(() => taskRows(tasks, today, lang, translator(lang)), [tasks, today, lang]);
  const apiRef = useRef<GridApi<TaskRow> | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  useFitHeight(sectionRef);
  const getApi = useCallback(() => apiRef.current, []);
  const typeAhead = useTypeAhead(bodyRef, getApi);
  const [notice, setNotice] = useState<SheetNotice | null>(null);
  const overdue = rows.filter((r) => r.overdue).length;

  const run = (edit: Edit, done: string) => {
    const r = editor.dispatch(edit);
    setNotice(editNotice(r, done, t));
    return r.ok;
  };
  const focusedTask = () => {
    const f = apiRef.current?.getFocusedCell();
    return f ? (tasks[f.rowIndex] ?? null) : null;
  };

  const columnDefs = useMemo(
    () => taskColumnDefs(translator(lang), editor.writable),
    [lang, editor.writable],
  );
  const [context] = useState(() => new TaskContext());
  const refuseAt = (row: TaskRow, col: TaskColumn, text: string, reason: string) => {
    const task = editor.plan.tasks.find((x) => x.id === row.rowId);
    const where = t("task.where", { code: task?.code ?? row.code, column: t(`task.col.${col}`) });
    context.update({ refused: { rowId: row.rowId, col } });
    setNotice({ tone: "problem", text: t("grid.refusedAt", { where, text, reason }) });
    apiRef.current?.refreshCells({ force: false, suppressFlash: true });
  };
  useLayoutEffect(() => {
    const read = (row: TaskRow, col: TaskColumn, text: string) => {
      const task = editor.plan.tasks.find((x) => x.id === row.rowId);
      return task ? writeTask(task, col, text) : null;
    };
    context.update({
      check: (row, col, text) => {
        const w = read(row, col, text);
        return w && !w.ok ? t(w.problem.key, w.problem.params) : null;
      },
      write: (row, col, text) => {
        const w = read(row, col, text);
        if (!w) return;
        if (!w.ok) return refuseAt(row, col, text, t(w.problem.key, w.problem.params));
        if (context.refused) {
          context.update({ refused: null });
          apiRef.current?.refreshCells({ force: false, suppressFlash: true });
        }
        if (w.edit) run(w.edit, "");
        else setNotice(null);
      },
    });
  });
  const guard = useEditGuard(
    bodyRef,
    getApi,
    (rowIndex, colId, text) => {
      const row = rows[rowIndex];
      return row && colId !== "status" ? context.check(row, colId as TaskColumn, text) : null;
    },
    (rowIndex, colId, text, reason) => {
      const row = rows[rowIndex];
      if (row) refuseAt(row, colId as TaskColumn, text, reason);
    },
  );

  const add = () => {
    const f = apiRef.current?.getFocusedCell();
    const index = f ? f.rowIndex + 1 : tasks.length;
    const task = newTask(tasks, crypto.randomUUID(), t("task.newTitle"));
    if (!run({ type: "addTask", task, index }, t("task.added"))) return;
    // Type the new task's name at once: once its row is drawn, its cell takes the focus and opens
    // with the text selected.
    let frames = 0;
    const open = () => {
      const cell = bodyRef.current?.querySelector<HTMLElement>(
        `.ag-row[row-index="${index}"] .ag-cell[col-id="title"]`,
      );
      const shown = cell && apiRef.current?.getDisplayedRowAtIndex(index)?.data?.rowId === task.id;
      if (!shown) {
        if (frames++ < 60) window.requestAnimationFrame(open);
        return;
      }
      apiRef.current?.setFocusedCell(index, "title");
      cell.focus();
      apiRef.current?.startEditingCell({ rowIndex: index, colKey: "title" });
      window.requestAnimationFrame(() =>
        bodyRef.current?.querySelector<HTMLInputElement>(".ag-cell-inline-editing input")?.select(),
      );
    };
    apiRef.current?.ensureIndexVisible(index);
    window.requestAnimationFrame(open);
  };
  const remove = () => {
    const task = focusedTask();
    if (!task) return setNotice({ tone: "problem", text: t("task.problem.noTask") });
    const f = apiRef.current?.getFocusedCell();
    run({ type: "removeTask", taskId: task.id }, t("task.deleted", { title: task.title }));
    if (f) window.setTimeout(() => refocus(f.rowIndex, f.column), 0);
  };
  const move = (delta: -1 | 1) => {
    const f = apiRef.current?.getFocusedCell();
    const task = focusedTask();
    if (!task || !f) return setNotice({ tone: "problem", text: t("task.problem.noTask") });
    const toIndex = f.rowIndex + delta;
    if (toIndex < 0 || toIndex >= tasks.length) return;
    if (run({ type: "moveTask", taskId: task.id, toIndex }, "")) {
      setNotice(null);
      window.setTimeout(() => refocus(toIndex, f.column), 0);
    }
  };
  const undoRedo = (which: "undo" | "redo") =>
    setNotice(undoNotice(which, which === "undo" ? editor.undo() : editor.redo(), t));
  const onKeyDown = (e: React.KeyboardEvent) => {
    const which = undoKeyOutsideText(e);
    if (!which) return;
    e.preventDefault();
    undoRedo(which);
  };
  /** Back to the grid after a toolbar action, on the same row (or the last one). */
  const refocus = (rowIndex: number, col: string | Column) => {
    const last = apiRef.current?.getDisplayedRowCount() ?? 0;
    if (last > 0) apiRef.current?.setFocusedCell(Math.min(rowIndex, last - 1), col);
  };

  return (
    <section
      ref={sectionRef}
      className="plan-grid task-sheet"
      aria-label={t("task.label")}
      onKeyDown={onKeyDown}
    >
      <CommandBar
        label={t("task.label")}
        commands={TASK_COMMANDS}
        groups={GROUPS}
        state={planCommandState(editor)}
        actions={{ undo: () => undoRedo("undo"), redo: () => undoRedo("redo"), add, remove, move }}
      >
        {overdue > 0 && (
          <span className="overdue-count">
            <span aria-hidden="true">⚠</span> {t("task.overdueCount", { n: overdue })}
          </span>
        )}
      </CommandBar>
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
      <div
        className="grid-body task-body"
        ref={bodyRef}
        onKeyDownCapture={(e) => {
          if (!typeAhead(e)) guard.onKeyDownCapture(e);
        }}
      >
        <AgGridReact<TaskRow>
          {...SHEET_OPTIONS}
          rowData={rows}
          columnDefs={columnDefs}
          context={context}
          getRowId={rowIdOf}
          getRowClass={overdueClass}
          defaultColDef={DEFAULT_COLUMN}
          overlayNoRowsTemplate={t("task.none")}
          onGridReady={(e) => {
            apiRef.current = e.api;
          }}
        />
      </div>
      <ShortcutLine commands={TASK_COMMANDS} notes={["task.keys.dates"]} />
    </section>
  );
}
