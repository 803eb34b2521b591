// "Export this sub-area for a commune": a plan file with only that sub-area's figures, under the
// plan's own id, so that when the commune sends it back filled in, the import recognises it and
// merges it into that sub-area only.
import { useMemo, useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { useI18n } from "../i18n/I18nProvider";
import type { Plan } from "../domain/schema";
import { exportSubArea } from "../domain/sharing/subAreaExport";
import { planFileName, writePlanFile } from "../io";
import { downloadBlob } from "../ui/download";
import { SubAreaPicker } from "../ui/SubAreaPicker";
import { areaOptions } from "../ui/subAreaOptions";
import { fileBlob } from "./exportFiles";

/**
 * One sub-area's part for a commune to fill in: an ordinary plan file with the plan's id, so that
 * it is recognised when it comes back. Not an export of the plan: the reminder is not reset.
 */
function exportSubAreaPart(plan: Plan, areaId: string): string | null {
  const part = exportSubArea(plan, areaId);
  if (!part.ok) return null;
  const area = plan.subAreas.find((a) => a.id === areaId);
  const name = planFileName(plan, area?.name ?? areaId);
  downloadBlob(fileBlob(writePlanFile(part.plan, new Date())), name);
  return name;
}

export function SubAreaPartExport() {
  const { plan } = usePlanEditor();
  const { t } = useI18n();
  const [area, setArea] = useState(plan.subAreas[0]?.id ?? "");
  const [message, setMessage] = useState<string | null>(null);
  const options = useMemo(() => areaOptions(plan), [plan]);
  if (plan.subAreas.length < 2) return null;
  const chosen = plan.subAreas.some((a) => a.id === area) ? area : (plan.subAreas[0]?.id ?? "");
  return (
    <section className="panel" aria-labelledby="part-heading">
      <h2 id="part-heading">{t("share.partHeading")}</h2>
      <p className="hint">{t("share.partHint")}</p>
      <div className="export-bar">
        <SubAreaPicker label={t("export.col.area")} options={options} value={chosen} onChange={setArea} />
        <button
          type="button"
          className="button"
          onClick={() => {
            const name = exportSubAreaPart(plan, chosen);
            setMessage(name ? t("share.exported", { name }) : t("share.exportFailed"));
          }}
        >
          {t("share.exportPart")}
        </button>
        <span className="share-message" role="status" aria-live="polite">
          {message}
        </span>
      </div>
    </section>
  );
}
