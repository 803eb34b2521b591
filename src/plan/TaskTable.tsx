// A plan's tasks, read-only: task, responsible agency, deadline, status; overdue ones marked.
import type { Task } from "../domain/schema";
import { isOverdue } from "../domain/tasks";
import { formatIsoDate } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import { todayIso } from "../ui/today";

export function TaskTable({ tasks, today }: { tasks: readonly Task[]; today: string }) {
  const { t, lang } = useI18n();
  return (
    <table className="data-table task-table">
      <caption className="visually-hidden">{t("tasks")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("code")}</th>
          <th scope="col">{t("tasks")}</th>
          <th scope="col">{t("agency")}</th>
          <th scope="col">{t("deadline")}</th>
          <th scope="col">{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => {
          const overdue = isOverdue(task, today);
          return (
            <tr key={task.id} className={overdue ? "overdue" : undefined}>
              <td className="num">{task.code}</td>
              <td>
                <div>{task.title}</div>
                {task.source && <div className="ind-source">{task.source}</div>}
              </td>
              <td>{task.agency || t("noValue")}</td>
              <td className="num">{task.deadline ? formatIsoDate(task.deadline, lang) : t("noValue")}</td>
              <td>
                {t(`task.${task.status}`)}
                {overdue && <strong className="overdue-mark"> · {t("task.overdue")}</strong>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The tasks section of a plan's details (a stored plan's or a programme's): none, nothing shown. */
export function TasksPanel({ tasks }: { tasks: readonly Task[] }) {
  const { t } = useI18n();
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby="task-heading" className="panel">
      <h2 id="task-heading">
        {t("tasks")} <span className="count">({tasks.length})</span>
      </h2>
      <TaskTable tasks={tasks} today={todayIso()} />
    </section>
  );
}
