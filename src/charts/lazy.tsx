// The chart code (Recharts and the views) loads only when charts are first shown: everything here is
// a lazy component, so opening a plan never waits for it. Wrap uses in <Suspense>.
import { lazy } from "react";

export type { ChartsPageProps, ChartsView } from "./ChartsPage";

/** Dashboard, one indicator's chart, report or presentation of a plan, by view. */
export const ChartsPage = lazy(() => import("./ChartsPage"));

export const Dashboard = lazy(() => import("./Dashboard").then((m) => ({ default: m.Dashboard })));
export const IndicatorPanel = lazy(() =>
  import("./IndicatorPanel").then((m) => ({ default: m.IndicatorPanel })),
);
export const ProgressReport = lazy(() =>
  import("./ProgressReport").then((m) => ({ default: m.ProgressReport })),
);
export const Presentation = lazy(() => import("./Presentation").then((m) => ({ default: m.Presentation })));

const VIEWS = ["dashboard", "chart", "report", "present"] as const;

/** Whether a route's view names one of the chart views (kept here so routes need not load them). */
export function isChartsViewName(v: string | null | undefined): v is (typeof VIEWS)[number] {
  return (VIEWS as readonly (string | null | undefined)[]).includes(v);
}

/**
 * Start loading the chart code without waiting for it (call when the browser is idle on a plan's
 * page), so that the first dashboard opens without the download.
 */
export function preloadCharts(): void {
  void import("./ChartsPage").catch(() => undefined);
}
