// Suspense for the lazily loaded chart code, and a clear message (not a blank page) if it fails.
import { Component, type ReactNode, Suspense } from "react";
import { useI18n } from "../i18n/I18nProvider";

class LoadBoundary extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) {
      return (
        <p role="alert" className="panel">
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}

export function ChartsBoundary({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <LoadBoundary message={t("charts.loadFailed")}>
      <Suspense fallback={<p className="muted">{t("loading")}</p>}>{children}</Suspense>
    </LoadBoundary>
  );
}
