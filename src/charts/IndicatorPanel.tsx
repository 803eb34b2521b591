// One indicator in full: status and achievement, the chart with its per period / cumulative toggle,
// exports, the figures as a table, and the sub-areas compared when the plan has them.
import { useMemo, useState } from "react";
import type { Plan } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { type ChartMode, chartModel } from "./chartData";
import { indicatorTitle } from "./chartLabels";
import { ChartDataTable } from "./ChartDataTable";
import { IndicatorFigure } from "./IndicatorFigure";
import { IndicatorSummaryLine } from "./IndicatorSummaryLine";
import { SubAreaComparison } from "./SubAreaComparison";
import { ToggleButtons } from "./ToggleButtons";

export interface IndicatorPanelProps {
  plan: Plan;
  indicatorId: string;
  today?: string;
}

export function IndicatorPanel({ plan, indicatorId, today }: IndicatorPanelProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<ChartMode>("cumulative");
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  const model = useMemo(() => (ind ? chartModel(plan, ind, mode) : null), [plan, ind, mode]);
  if (!ind) return <p role="alert">{t("charts.unknownIndicator")}</p>;
  return (
    <section className="panel indicator-panel" aria-labelledby="indicator-title">
      <h2 id="indicator-title">{indicatorTitle(ind)}</h2>
      {model && (
        <IndicatorSummaryLine
          summary={model.summary}
          coverage={model.partialCoverage}
          direction={ind.direction}
        />
      )}
      {model?.cumulativeAvailable ? (
        <ToggleButtons
          label="chart.viewLabel"
          options={[
            { value: "perPeriod", label: "chart.perPeriod" },
            { value: "cumulative", label: "chart.cumulative" },
          ]}
          value={mode}
          onChange={setMode}
        />
      ) : (
        <p className="muted">{t("chart.positionOnly")}</p>
      )}
      <IndicatorFigure
        plan={plan}
        ind={ind}
        mode={mode}
        variant="full"
        height={380}
        exportable
        today={today}
      />
      {model && <ChartDataTable model={model} />}
      <SubAreaComparison plan={plan} ind={ind} />
    </section>
  );
}
