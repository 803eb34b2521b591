// "A new version is available": the user decides when to reload, and the reload waits until every
// edit is saved (`allSaved`), so an update never loses a value.
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { applyUpdate, onUpdateWaiting } from "./serviceWorker";

export function UpdateBanner({ allSaved }: { allSaved: boolean }) {
  const { t } = useI18n();
  const [waiting, setWaiting] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [requested, setRequested] = useState(false);
  useEffect(() => onUpdateWaiting(setWaiting), []);
  useEffect(() => {
    if (requested && allSaved) void applyUpdate();
  }, [requested, allSaved]);
  if (!waiting || dismissed) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t("update.available")}</span>
      <button
        type="button"
        className="button primary"
        onClick={() => setRequested(true)}
        disabled={requested}
      >
        {requested && !allSaved ? t("update.waitingForSave") : t("update.reload")}
      </button>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        {t("update.later")}
      </button>
    </div>
  );
}
