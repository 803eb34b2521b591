// Plan views whose code loads when they are first opened, not with the library.
import { lazy, Suspense } from "react";
import { useI18n } from "../i18n/I18nProvider";

const StatusTableLazy = lazy(() => import("./StatusTableView").then((m) => ({ default: m.StatusTableView })));

export function StatusTableView() {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p className="hint">{t("plan.loading")}</p>}>
      <StatusTableLazy />
    </Suspense>
  );
}
