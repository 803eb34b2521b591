// Tasks past their deadline and not done, earliest first.
import type { Task } from "../domain/schema";
import { formatIsoDate } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import { overdueTasks } from "./dashboardData";

export function OverdueTasks({ tasks, today }: { tasks: readonly Task[]; today: string }) {
  const { t, lang } = useI18n();
  const overdue = overdueTasks(tasks, today);
  // Nothing overdue: one line, so that the charts start higher (a 1280×720 projector).
  if (overdue.length === 0)
    return (
      <p className="overdue-none muted">
        <span aria-hidden="true">✓</span> {t("dash.noOverdue")}
      </p>
    );
  return (
    <section className="panel overdue-panel" aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">
        {t("dash.overdue")} <span className="count">({overdue.length})</span>
      </h2>
      <ul className="overdue-list">
        {overdue.map((task) => (
          <li key={task.id}>
            <strong className="overdue-mark">
              <span aria-hidden="true">⚠</span>{" "}
              {t("dash.deadline", { date: formatIsoDate(task.deadline ?? "", lang) })}
            </strong>{" "}
            {task.code && `${task.code}. `}
            {task.title}
            {task.agency && <span className="muted"> · {task.agency}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
