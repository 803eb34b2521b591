// Suspense for the lazily loaded chart code, and a clear message (not a blank page) if it fails.
import { type ReactNode, Suspense } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { ErrorBoundary } from "../ui/ErrorBoundary";

export function ChartsBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={() => (
        <p role="alert" className="panel">
          {t("charts.loadFailed")}
        </p>
      )}
    >
      <Suspense fallback={<p className="muted">{t("loading")}</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}
