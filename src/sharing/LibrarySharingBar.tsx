// The library's file actions: import plan files (or a backup to restore), back up every plan in one
// file, and combine several plans into one.
import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { formatNumber } from "../i18n/numbers";
import { useImport } from "./ImportCenter";

export function LibrarySharingBar({
  onBackup,
  onCombine,
}: {
  onBackup: () => Promise<number>;
  onCombine: () => void;
}) {
  const { t, lang } = useI18n();
  const { pickFiles, pickSpreadsheet } = useImport();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="sharing-bar" role="group" aria-label={t("share.filesGroup")}>
      <button type="button" className="button" onClick={pickFiles}>
        ⤒ {t("share.importButton")}
      </button>
      <button type="button" className="button" onClick={pickSpreadsheet}>
        ⤒ {t("sheet.importButton")}
      </button>
      <button
        type="button"
        className="button"
        onClick={() =>
          void onBackup().then((n) => setMessage(t("share.backedUp", { n: formatNumber(n, lang) })))
        }
      >
        ⤓ {t("share.backupAll")}
      </button>
      <button type="button" className="button" onClick={pickFiles}>
        {t("share.restoreBackup")}
      </button>
      <button type="button" className="button" onClick={onCombine}>
        {t("share.combine")}
      </button>
      <span className="muted">{t("share.dropAnywhere")}</span>
      <span className="share-message" role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
