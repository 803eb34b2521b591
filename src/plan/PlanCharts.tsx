// The charts of a stored plan (dashboard, one indicator's chart, report, presentation). The chart
// code loads lazily; the views follow edits at once because they recompute from the plan.
import { usePlanEditor } from "../bindings/planEditor";
import { hrefFor } from "../ui/router";
import { todayIso } from "../ui/today";
import { ChartsBoundary } from "../charts/ChartsBoundary";
import { ChartsPage, type ChartsView } from "../charts/lazy";

export function chartsViewFor(view: ChartsView) {
  return function PlanChartsView({ item }: { item: string | null }) {
    const { plan } = usePlanEditor();
    return (
      <ChartsBoundary>
        <ChartsPage
          plan={plan}
          view={view}
          item={item}
          today={todayIso()}
          hrefOf={(v, it) => hrefFor({ name: "plan", planId: plan.id, view: v, item: it ?? null })}
          backHref={hrefFor({ name: "plan", planId: plan.id, view: "dashboard" })}
          embedded
        />
      </ChartsBoundary>
    );
  };
}
