// What just happened, under the toolbar: a paste's count, a refused value with its reason, and the
// list of cells a paste could not write (cell and reason), which stays until dismissed.
import { useI18n } from "../i18n/I18nProvider";
import { columnLabel } from "./columns";
import type { GridNotice as Notice } from "./useGridActions";
import { translator } from "../i18n/translator";

const SHOWN = 50;

export function GridNotice({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t, lang } = useI18n();
  if (!notice) return <div className="grid-messages" aria-live="polite" />;
  const refused = notice.refused ?? [];
  const tt = translator(lang);
  return (
    <div className="grid-messages" aria-live="polite">
      <div
        className={`grid-message grid-message-${notice.tone}`}
        role={notice.tone === "problem" ? "alert" : "status"}
      >
        <div className="grid-message-text">
          <span>{notice.text}</span>
          {refused.length > 0 && (
            <ul className="grid-refused">
              {refused.slice(0, SHOWN).map((r, i) => (
                <li key={`${r.indicatorId}-${r.colId}-${i}`}>
                  {t("grid.where", { code: r.code, column: columnLabel(r.colId, tt) })}: “{r.text}” —{" "}
                  {t(r.problem.key, r.problem.params)}
                </li>
              ))}
              {refused.length > SHOWN && <li>…</li>}
            </ul>
          )}
        </div>
        <button type="button" className="grid-dismiss" aria-label={t("grid.dismiss")} onClick={onDismiss}>
          ×
        </button>
      </div>
    </div>
  );
}
