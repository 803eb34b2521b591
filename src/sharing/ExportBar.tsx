// Export buttons of a plan: the plan file in one click (named after the plan, marked as exported),
// and the grid as CSV or Excel for colleagues who work in spreadsheets (by sub-area if wanted).
import { useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { useI18n } from "../i18n/I18nProvider";
import { exportCsv, exportPlanFile, exportXlsx } from "./exportFiles";

export function ExportBar() {
  const { plan } = usePlanEditor();
  const { t, lang } = useI18n();
  const [byArea, setByArea] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hasAreas = plan.subAreas.length > 0;
  const done = (name: string) => setMessage(t("share.exported", { name }));
  const run = async (work: () => Promise<string> | string) => {
    setBusy(true);
    try {
      done(await work());
    } catch {
      setMessage(t("share.exportFailed"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-bar" role="group" aria-label={t("share.exportGroup")}>
      <button
        type="button"
        className="button primary"
        disabled={busy}
        onClick={() => void run(() => exportPlanFile(plan))}
      >
        ⤓ {t("share.exportPlan")}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void run(() => exportCsv(plan, lang, byArea))}
      >
        {t("share.exportCsv")}
      </button>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void run(() => exportXlsx(plan, lang, byArea))}
      >
        {t("share.exportXlsx")}
      </button>
      {hasAreas && (
        <label className="check">
          <input type="checkbox" checked={byArea} onChange={(e) => setByArea(e.target.checked)} />{" "}
          {t("share.byArea")}
        </label>
      )}
      <span className="share-message" role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
