// "Export this sub-area for a commune": a plan file with only that sub-area's figures, under the
// plan's own id, so that when the commune sends it back filled in, the import recognises it and
// merges it into that sub-area only.
import { useState } from "react";
import { usePlanEditor } from "../app/planEditor";
import { useI18n } from "../i18n/I18nProvider";
import { exportSubAreaPart } from "./exportFiles";

export function SubAreaPartExport() {
  const { plan } = usePlanEditor();
  const { t } = useI18n();
  const [area, setArea] = useState(plan.subAreas[0]?.id ?? "");
  const [message, setMessage] = useState<string | null>(null);
  if (plan.subAreas.length < 2) return null;
  const chosen = plan.subAreas.some((a) => a.id === area) ? area : (plan.subAreas[0]?.id ?? "");
  return (
    <section className="panel" aria-labelledby="part-heading">
      <h2 id="part-heading">{t("share.partHeading")}</h2>
      <p className="hint">{t("share.partHint")}</p>
      <div className="export-bar">
        <label className="field inline">
          <span>{t("export.col.area")}</span>
          <select className="select" value={chosen} onChange={(e) => setArea(e.target.value)}>
            {plan.subAreas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
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
