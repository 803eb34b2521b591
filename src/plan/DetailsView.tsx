// The "Chi tiết" tab: the details form, the sub-areas, and the indicators and tasks read-only with
// their derived figures (for the whole plan or one sub-area).
import { useMemo, useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { useI18n } from "../i18n/I18nProvider";
import { DetailsForm } from "./DetailsForm";
import { IndicatorTable } from "./IndicatorTable";
import { SubAreasEditor } from "./SubAreasEditor";
import { TasksPanel } from "./TaskTable";
import { SubAreaPicker } from "../ui/SubAreaPicker";
import { areaOptions } from "../ui/subAreaOptions";
import { BaselineOrigins } from "../sharing/BaselineOrigins";
import { ExportBar } from "../sharing/ExportBar";

export function DetailsView() {
  const { plan } = usePlanEditor();
  const { t } = useI18n();
  const [area, setArea] = useState<string>("");
  const areaShown = plan.subAreas.some((a) => a.id === area) ? area : "";
  const wholeLabel = t("area.whole");
  const options = useMemo(() => areaOptions(plan, { id: "", label: wholeLabel }), [plan, wholeLabel]);
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
            <SubAreaPicker label={t("area.label")} options={options} value={areaShown} onChange={setArea} />
          )}
        </div>
        <IndicatorTable plan={plan} area={areaShown || undefined} />
      </section>
      <BaselineOrigins plan={plan} />
      <TasksPanel tasks={plan.tasks} />
    </>
  );
}
