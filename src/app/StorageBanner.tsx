// Messages about the database that need the planner: a newer version took over (reload), an
// upgrade waits for other tabs (close them), storage cannot be opened at all.
import { useI18n } from "../i18n/I18nProvider";
import { unsavedWrites, useDatabaseStatus, useSaveState } from "../bindings/hooks";

export function StorageBanner() {
  const { t } = useI18n();
  const status = useDatabaseStatus();
  // Re-read the count of unsaved writes whenever the save state moves: this tab finishes the writes
  // it had queued before it lets the newer version in, so the count usually falls to nothing.
  useSaveState();
  if (status.outdated) {
    const n = unsavedWrites();
    return (
      <div className="banner banner-warning" role="alert">
        <p>{t("db.outdated")}</p>
        {n > 0 && <p>{t("db.outdatedUnsaved", { n })}</p>}
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t("db.reload")}
        </button>
      </div>
    );
  }
  if (status.openFailed) {
    return (
      <div className="banner banner-error" role="alert">
        <p>{t("db.openFailed", { error: status.openFailed })}</p>
      </div>
    );
  }
  if (status.blocked) {
    return (
      <div className="banner banner-warning" role="alert">
        <p>{t("db.blocked")}</p>
      </div>
    );
  }
  return null;
}
