// What a page that failed to draw shows instead of a white page: the header and banners stay above
// it; it says what happened in the user's language, offers a backup of every plan (the data is
// safe in the browser, but a planner should not have to trust that) and a reload.
import { useState, type ReactNode } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { exportBackup } from "../sharing/exportFiles";
import { ErrorBoundary } from "../ui/ErrorBoundary";

function PageError({ error }: { error: unknown }) {
  const { t } = useI18n();
  const [note, setNote] = useState<string | null>(null);
  const backup = async () => {
    try {
      const { name, count } = await exportBackup();
      setNote(t("pageError.backupDone", { name, count }));
    } catch (e) {
      setNote(t("pageError.backupFailed", { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <section className="panel page-error" role="alert">
      <h1>{t("pageError.title")}</h1>
      <p>{t("pageError.body")}</p>
      <p className="page-error-actions">
        <button type="button" className="primary" onClick={() => void backup()}>
          ⤓ {t("pageError.backup")}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          ↻ {t("pageError.reload")}
        </button>
      </p>
      {note && <p role="status">{note}</p>}
      <details>
        <summary>{t("pageError.details")}</summary>
        <pre className="page-error-detail">{error instanceof Error ? error.message : String(error)}</pre>
      </details>
    </section>
  );
}

/** Around each page (keyed by its address): an error inside leaves the header and says so. */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={(error) => <PageError error={error} />}>{children}</ErrorBoundary>;
}
