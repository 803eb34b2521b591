// Which legend entries a chart needs, from its model. Pure.
import type { ChartModel } from "./chartData";
import { COLORS, DASH, type LegendItem } from "./palette";

export function legendItems(m: ChartModel): LegendItem[] {
  const bars = m.mode === "perPeriod";
  const out: LegendItem[] = [
    { key: "plan", color: COLORS.plan, shape: bars ? "bar" : "line", marker: "filled" },
  ];
  if (m.hasBand && !bars) out.push({ key: "planRange", color: COLORS.band, shape: "band" });
  if (m.target)
    out.push({
      key: "target",
      color: COLORS.target,
      shape: m.target.lo !== m.target.hi ? "band" : "line",
      dash: DASH.target,
    });
  if (m.rows.some((r) => r.actualFinal !== null))
    out.push({ key: "actual", color: COLORS.actual, shape: bars ? "bar" : "line", marker: "filled" });
  if (m.hasEstimate)
    out.push({
      key: "estimate",
      color: COLORS.actual,
      shape: bars ? "bar" : "line",
      dash: DASH.estimate,
      marker: "hollow",
    });
  if (m.hasForecast)
    out.push({ key: "forecast", color: COLORS.forecast, shape: "line", dash: DASH.forecast });
  if (m.hasRequired)
    out.push({ key: "required", color: COLORS.required, shape: "line", dash: DASH.required });
  return out;
}

export const LEGEND_MESSAGE = {
  plan: "chart.plan",
  planRange: "chart.planRange",
  actual: "chart.actual",
  estimate: "chart.estimate",
  forecast: "chart.forecast",
  required: "chart.required",
  target: "chart.target",
} as const;
