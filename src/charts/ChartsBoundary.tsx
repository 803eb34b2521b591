// Suspense for the lazily loaded chart code, and a clear message (not a blank page) if it fails;
// RoutedCharts: the charts of a plan or a programme at their address, the one way pages show them.
import { type ReactNode, Suspense } from "react";
import { useI18n } from "../i18n/I18nProvider";
import type { Plan } from "../domain/schema";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { hrefFor, type Route } from "../ui/router";
import { todayIso } from "../ui/today";
import { ChartsPage, type ChartsView } from "./lazy";

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

/**
 * The charts of a plan or of a built-in programme at their address (#/plan/<id>/<view>/<item> or
 * #/template/<id>/<view>/<item>): lazily loaded, inside the boundary, dated today.
 */
export function RoutedCharts({
  plan,
  view,
  item,
  templateId,
}: {
  plan: Plan;
  view: ChartsView;
  item: string | null;
  /** A built-in programme's charts, a page of their own; else a stored plan's, inside its page. */
  templateId?: string;
}) {
  const embedded = templateId === undefined;
  const base: Route = embedded
    ? { name: "plan", planId: plan.id, view: null }
    : { name: "template", templateId };
  const at = (v: string | null, it: string | null): string =>
    hrefFor({ ...base, view: v, item: it } as Route);
  return (
    <ChartsBoundary>
      <ChartsPage
        plan={plan}
        view={view}
        item={item}
        today={todayIso()}
        hrefOf={(v, it) => at(v, it ?? null)}
        backHref={embedded ? at("dashboard", null) : hrefFor(base)}
        embedded={embedded}
      />
    </ChartsBoundary>
  );
}
