// The charts of a stored plan (dashboard, one indicator's chart, report, presentation). The chart
// code loads lazily; the views follow edits at once because they recompute from the plan.
import { usePlanEditor } from "../bindings/planEditor";
import { RoutedCharts } from "../charts/ChartsBoundary";
import type { ChartsView } from "../charts/lazy";

export function chartsViewFor(view: ChartsView) {
  return function PlanChartsView({ item }: { item: string | null }) {
    const { plan } = usePlanEditor();
    return <RoutedCharts plan={plan} view={view} item={item} />;
  };
}
