// The tooltip of a chart: the period in words, the plan, the actual (ước when an estimate), and the
// forecast or required value where drawn. Rendered as React text, never as HTML.
import { useI18n } from "../i18n/I18nProvider";
import { formatRatio } from "../i18n/numbers";
import type { ChartModel, ChartRow } from "./chartData";
import { num, periodLong } from "./chartLabels";

interface TooltipProps {
  model: ChartModel;
  unitText: string;
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: ChartRow }>;
}

export function ChartTooltip({ model, unitText, active, payload }: TooltipProps) {
  const { t, lang } = useI18n();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const pct = model.unit === "percent" ? "%" : "";
  const v = (x: number) => `${num(x, lang)}${pct}`;
  const plan = row.planBand
    ? `${v(row.planBand[0])}–${v(row.planBand[1])}`
    : row.plan !== null
      ? v(row.plan)
      : null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip-period">{periodLong(row, t, model.mode === "perPeriod")}</div>
      {plan !== null && (
        <div>
          {t("chart.plan")}: <strong>{plan}</strong>
        </div>
      )}
      {row.actual !== null && (
        <div>
          {row.estimate ? t("chart.estimate") : t("chart.actual")}: <strong>{v(row.actual)}</strong>
        </div>
      )}
      {row.planShare !== null && (
        <div>
          {t("fig.planShare")}: <strong>{formatRatio(row.planShare, lang)}</strong>
        </div>
      )}
      {row.gain !== null && (
        <div>
          {t("fig.gain")}: <strong>{formatRatio(row.gain, lang)}</strong>
        </div>
      )}
      {row.forecast !== null && row.actual === null && (
        <div>
          {t("chart.forecast")}: <strong>{v(row.forecast)}</strong>
        </div>
      )}
      <div className="chart-tooltip-unit">{t("chart.unit", { unit: unitText })}</div>
    </div>
  );
}
