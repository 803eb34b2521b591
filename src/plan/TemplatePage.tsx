// One built-in programme, read-only: its facts, indicators and tasks.
import { hrefFor } from "../ui/router";
import { useI18n } from "../i18n/I18nProvider";
import { templateById } from "../templates";
import { IndicatorTable } from "./IndicatorTable";
import { PlanHeading } from "./PlanHeading";
import { TasksPanel } from "./TaskTable";

export function TemplatePage({ templateId }: { templateId: string }) {
  const { t } = useI18n();
  const plan = templateById(templateId);
  if (!plan) {
    return (
      <section className="panel">
        <h1>{t("notFound")}</h1>
        <a href={hrefFor({ name: "home" })}>{t("goHome")}</a>
      </section>
    );
  }
  return (
    <article className="plan-page">
      <a className="back-link" href={hrefFor({ name: "home" })}>
        ← {t("back")}
      </a>
      <PlanHeading plan={plan} />
      <p>
        <a className="button primary" href={hrefFor({ name: "template", templateId, view: "dashboard" })}>
          {t("charts.open")}
        </a>
      </p>
      <p className="hint">
        <span className="readonly-tag">{t("readOnly")}</span> {t("templateReadOnlyNote")}
      </p>
      <section aria-labelledby="ind-heading" className="panel">
        <h2 id="ind-heading">
          {t("indicators")} <span className="count">({plan.indicators.length})</span>
        </h2>
        <IndicatorTable plan={plan} />
      </section>
      <TasksPanel tasks={plan.tasks} />
    </article>
  );
}
