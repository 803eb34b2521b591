// The "Chi tiết" tab: the details form, the sub-areas, and the indicators and tasks read-only with
// their derived figures (for the whole plan or one sub-area).
import { useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { todayIso } from "../ui/today";
import { useI18n } from "../i18n/I18nProvider";
import { DetailsForm } from "./DetailsForm";
import { IndicatorTable } from "./IndicatorTable";
import { SubAreasEditor } from "./SubAreasEditor";
import { TaskTable } from "./TaskTable";
import { BaselineOrigins } from "../sharing/BaselineOrigins";
import { ExportBar } from "../sharing/ExportBar";

export function DetailsView() {
  const { plan } = usePlanEditor();
  const { t } = useI18n();
  const [area, setArea] = useState<string>("");
  const areaShown = plan.subAreas.some((a) => a.id === area) ? area : "";
  return (
    <>
      <ExportBar />
      <DetailsForm />
      <SubAreasEditor />
      <section aria-labelledby="ind-heading" className="panel">
        <div className="section-top">
          <h2 id="ind-heading">
            {t("indicators")} <span className="count">({plan.indicators.length})</span>
          </h2>
          {plan.subAreas.length > 0 && (
            <label className="field inline">
              <span>{t("area.label")}</span>
              <select className="select" value={areaShown} onChange={(e) => setArea(e.target.value)}>
                <option value="">{t("area.whole")}</option>
                {plan.subAreas.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <IndicatorTable plan={plan} area={areaShown || undefined} />
      </section>
      <BaselineOrigins plan={plan} />
      {plan.tasks.length > 0 && (
        <section aria-labelledby="task-heading" className="panel">
          <h2 id="task-heading">
            {t("tasks")} <span className="count">({plan.tasks.length})</span>
          </h2>
          <TaskTable tasks={plan.tasks} today={todayIso()} />
        </section>
      )}
    </>
  );
}
