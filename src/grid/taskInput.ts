// The task sheet's rows and cell reading: task, agency, deadline (typed day first, 26/7/2021, in
// both languages, or as 2021-07-26), status and note. Checked by the Task schema; pure.
import type { Edit, TaskPatch } from "../domain/edits";
import { Task, type TaskStatus } from "../domain/schema";
import { isOverdue } from "../domain/tasks";
import { formatIsoDate } from "../i18n/dates";
import type { Lang } from "../i18n/numbers";
import { type CellProblem, normaliseText } from "./cellInput";
import type { Translate } from "../i18n/translator";

export interface TaskRow {
  rowId: string;
  code: string;
  title: string;
  agency: string;
  /** As shown: 26/7/2021 (vi), 26 Jul 2021 (en). */
  deadline: string;
  /** As typed back: 26/7/2021. */
  deadlineEdit: string;
  status: TaskStatus;
  statusText: string;
  overdue: boolean;
  note: string;
  source: string;
}

export const TASK_COLUMNS = ["code", "title", "agency", "deadline", "status", "note"] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

export function taskRows(tasks: readonly Task[], today: string, lang: Lang, t: Translate): TaskRow[] {
  return tasks.map((task) => {
    const overdue = isOverdue(task, today);
    return {
      rowId: task.id,
      code: task.code,
      title: task.title,
      agency: task.agency,
      deadline: task.deadline ? formatIsoDate(task.deadline, lang) : "",
      deadlineEdit: task.deadline ? dayFirst(task.deadline) : "",
      status: task.status,
      statusText: t(`task.${task.status}`),
      overdue,
      note: task.note,
      source: task.source,
    };
  });
}

function dayFirst(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${Number(d)}/${Number(m)}/${y}`;
}

/** "26/7/2021", "26-07-2021", "26.7.2021" or "2021-07-26" → "2021-07-26"; null when empty. */
export function readDeadline(text: string): { ok: true; value: string | null } | { ok: false } {
  const s = text.trim();
  if (s === "") return { ok: true, value: null };
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return { ok: false };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return { ok: false };
  return { ok: true, value: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

const STATUSES: readonly TaskStatus[] = ["notStarted", "inProgress", "done"];

/** What typing `text` in a task's column does: an edit, nothing, or the problem. */
export function writeTask(
  task: Task,
  col: TaskColumn,
  text: string,
): { ok: true; edit: Edit | null } | { ok: false; problem: CellProblem } {
  let patch: TaskPatch;
  if (col === "deadline") {
    const r = readDeadline(text);
    if (!r.ok) return { ok: false, problem: { key: "task.problem.badDate" } };
    patch = { deadline: r.value };
  } else if (col === "status") {
    const status = STATUSES.find((s) => s === text);
    if (!status) return { ok: false, problem: { key: "problem.invalidShape" } };
    patch = { status };
  } else {
    const value = normaliseText(text);
    if (col === "title" && value === "") return { ok: false, problem: { key: "task.problem.titleRequired" } };
    patch = { [col]: value };
  }
  const next = { ...task, ...patch };
  const parsed = Task.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue?.code === "too_big")
      return { ok: false, problem: { key: "grid.problem.tooLong", params: { max: Number(issue.maximum) } } };
    return { ok: false, problem: { key: "problem.invalidShape" } };
  }
  const changed = (Object.keys(patch) as (keyof TaskPatch)[]).some((k) => task[k] !== next[k]);
  return { ok: true, edit: changed ? { type: "updateTask", taskId: task.id, patch } : null };
}

/** A new task after `index`, numbered after the plan's last code when codes are numbers. */
export function newTask(tasks: readonly Task[], id: string, title: string): Task {
  const numbers = tasks.map((x) => Number(x.code)).filter((n) => Number.isInteger(n));
  const code = numbers.length > 0 ? String(Math.max(...numbers) + 1) : String(tasks.length + 1);
  return { id, code, title, agency: "", deadline: null, status: "notStarted", note: "", source: "" };
}
