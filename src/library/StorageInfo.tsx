// Where the plans live and whether the browser promised to keep them (persistent storage).
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { formatNumber } from "../i18n/numbers";
import { usePersistence } from "../bindings/hooks";
import { requestPersistence, storageEstimate } from "../storage/persistence";

function megabytes(bytes: number, lang: "vi" | "en"): string {
  return bytes >= 1e9
    ? `${formatNumber(bytes / 1e9, lang, 1)} GB`
    : `${formatNumber(bytes / 1e6, lang, 1)} MB`;
}

export function StorageInfo() {
  const { t, lang } = useI18n();
  const persistence = usePersistence();
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  useEffect(() => {
    void storageEstimate().then(setEstimate);
  }, []);
  return (
    <section className="panel storage-info" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t("storage.heading")}</h2>
      <p>{t("storage.where")}</p>
      <p className={`persistence persistence-${persistence}`} data-persistence={persistence}>
        {t(`persist.${persistence}`)}
        {persistence === "denied" && (
          <>
            {" "}
            <button type="button" className="button small" onClick={() => void requestPersistence()}>
              {t("persist.ask")}
            </button>
          </>
        )}
      </p>
      {estimate && (
        <p className="muted">
          {t("storage.usage", {
            used: megabytes(estimate.usage, lang),
            quota: megabytes(estimate.quota, lang),
          })}
        </p>
      )}
    </section>
  );
}
