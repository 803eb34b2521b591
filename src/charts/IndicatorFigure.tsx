// One indicator's chart with what belongs around it: legend, the pace still required, the forecast,
// a note when the path cannot be drawn, and (optionally) export buttons. The model is recomputed
// whenever `plan` changes, so an edit anywhere shows at once.
import { useMemo, useRef } from "react";
import { type Indicator, type Plan, WHOLE_AREA } from "../domain/schema";
import { formatTarget } from "../i18n/targets";
import { todayIso } from "../ui/today";
import { formatIsoDate } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import { type ChartMode, chartModel } from "./chartData";
import { fileSlug, forecastText, indicatorTitle, requiredText } from "./chartLabels";
import { ChartExportButtons } from "./ChartExportButtons";
import { ChartLegend } from "./ChartLegend";
import { type ChartVariant, IndicatorChart } from "./IndicatorChart";
import { LEGEND_MESSAGE, legendItems } from "./legendItems";
import { useElementSize } from "./useElementWidth";
import { unitName } from "../i18n/unitLabel";

interface Props {
  plan: Plan;
  ind: Indicator;
  mode: ChartMode;
  variant: ChartVariant;
  /** Pixel height, or "fill" to take the height the layout gives (slides). */
  height: number | "fill";
  /** A fixed width (print); otherwise the width of the container. */
  width?: number;
  exportable?: boolean;
  texts?: boolean;
  today?: string;
}

export function IndicatorFigure({
  plan,
  ind,
  mode,
  variant,
  height,
  width,
  exportable,
  texts = true,
  today,
}: Props) {
  const { t, lang } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const measured = useElementSize(box);
  const w = width ?? measured.width;
  const h = height === "fill" ? measured.height : height;
  const model = useMemo(() => chartModel(plan, ind, mode), [plan, ind, mode]);
  if (!model) return <p className="muted">{t("chart.noActual")}</p>;
  const unitText = unitName(model.unit, plan.moneyScale, t);
  const items = legendItems(model);
  const required = requiredText(model, unitText, t, lang);
  const forecast = forecastText(model, unitText, t, lang);
  const noPath = model.kind === "growth" && model.rows.every((r) => r.plan === null);
  // Without a baseline the path cannot be drawn, but the planned rate can still be said.
  const rate = noPath
    ? (ind.series[WHOLE_AREA]?.total ?? ind.series[plan.subAreas[0]?.id ?? ""]?.total ?? null)
    : null;
  const title = indicatorTitle(ind);
  const date = formatIsoDate(today ?? todayIso(), lang);

  const rateNote = rate && (
    <p className="chart-note">
      {t("chart.growthRate", {
        value: formatTarget(rate, { lang, unit: "percent", scale: plan.moneyScale }),
      })}
    </p>
  );

  // Nothing to draw (growth without a baseline or actuals): say why instead of an empty frame.
  if (noPath && !model.hasActual) {
    return (
      <div className={`indicator-figure figure-${variant}`}>
        <div
          className="chart-empty"
          style={height === "fill" ? undefined : { minHeight: Math.min(height, 150) }}
        >
          {rateNote}
          <p className="chart-note">{t("chart.noPlanPath")}</p>
        </div>
      </div>
    );
  }

  return (
    <div className={`indicator-figure figure-${variant}`}>
      <div
        ref={box}
        className="chart-box"
        role="img"
        aria-label={t("chart.ariaLabel", { name: title })}
        style={height === "fill" ? undefined : { height }}
      >
        {w > 0 && h > 0 && (
          <IndicatorChart model={model} width={w} height={h} variant={variant} unitText={unitText} />
        )}
      </div>
      {variant !== "tile" && <ChartLegend items={items} />}
      {texts && variant !== "tile" && (
        <div className="chart-notes">
          {rateNote}
          {noPath && <p className="chart-note">{t("chart.noPlanPath")}</p>}
          {required && <p className="chart-note required-text">{required}</p>}
          {forecast && <p className="chart-note forecast-text">{forecast}</p>}
        </div>
      )}
      {exportable && (
        <ChartExportButtons
          getSvg={() => box.current?.querySelector("svg.recharts-surface") ?? null}
          fileBase={fileSlug(`${ind.code} ${ind.name}`)}
          meta={{
            title,
            subtitle: `${plan.title} · ${date}`,
            unitLine: t("chart.unit", { unit: unitText }),
            legend: items.map((item) => ({ item, label: t(LEGEND_MESSAGE[item.key]) })),
          }}
        />
      )}
    </div>
  );
}
