// One indicator's chart: plan against actual per period or cumulative; the programme target as a
// line, a band for a range, a marked bound for "at least"/"at most"; estimates dashed with hollow
// markers; the forecast and the pace still required to the end. Draws only the model's numbers.
import {
  Area,
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { useI18n } from "../i18n/I18nProvider";
import type { ChartModel, ChartRow } from "./chartData";
import { num, targetText, tickLabel } from "./chartLabels";
import { ChartTooltip } from "./ChartTooltip";
import { COLORS, DASH } from "./palette";

export type ChartVariant = "tile" | "full" | "slide" | "print";

const SIZE: Record<ChartVariant, { font: number; stroke: number; dot: number; yWidth: number }> = {
  tile: { font: 11, stroke: 2, dot: 3, yWidth: 44 },
  full: { font: 14, stroke: 3, dot: 5, yWidth: 64 },
  slide: { font: 20, stroke: 4, dot: 7, yWidth: 96 },
  print: { font: 11, stroke: 2, dot: 3.5, yWidth: 52 },
};

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: ChartRow;
}

export interface IndicatorChartProps {
  model: ChartModel;
  width: number;
  height: number;
  variant: ChartVariant;
  unitText: string;
}

export function IndicatorChart({ model, width, height, variant, unitText }: IndicatorChartProps) {
  const { t, lang } = useI18n();
  const size = SIZE[variant];
  const perPeriod = model.mode === "perPeriod";
  const bars = perPeriod;
  // Fresh rows: Recharts freezes what it is given, and the model may be shared.
  const rows = model.rows.map((r) => ({ ...r, planBand: r.planBand ? [...r.planBand] : null }));
  const labels = new Map(rows.map((r) => [r.key, tickLabel(r, t, perPeriod)]));
  const tick = { fontSize: size.font, fill: COLORS.axis };
  const target = model.target;
  const targetLabel = target ? t("chart.targetValue", { value: targetText(target, model.unit, lang) }) : "";
  const showTargetLabel = variant !== "tile";
  const yDomain: [number | "auto", number | "auto"] =
    model.yDomain ?? (model.kind === "amount" ? [0, "auto"] : ["auto", "auto"]);

  const estimateDot = (p: DotProps) => {
    const key = `est-${p.index ?? 0}`;
    if (!p.payload?.estimate || p.cx === undefined || p.cy === undefined) return <g key={key} />;
    return (
      <circle
        key={key}
        className="dot-estimate"
        cx={p.cx}
        cy={p.cy}
        r={size.dot + 1}
        fill="#ffffff"
        stroke={COLORS.actual}
        strokeWidth={Math.max(2, size.stroke - 1)}
      />
    );
  };

  return (
    <ComposedChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: size.font, right: variant === "tile" ? 8 : size.font * 1.5, bottom: 4, left: 4 }}
      accessibilityLayer={false}
      className="indicator-chart"
    >
      <CartesianGrid stroke={COLORS.grid} vertical={false} />
      <XAxis
        dataKey="key"
        tick={tick}
        tickFormatter={(k: string) => labels.get(k) ?? k}
        stroke={COLORS.axis}
        minTickGap={4}
        padding={{ left: size.font, right: size.font }}
      />
      <YAxis
        domain={yDomain}
        tick={tick}
        width={size.yWidth}
        tickFormatter={(v: number) => num(v, lang) + (model.unit === "percent" ? "%" : "")}
        stroke={COLORS.axis}
        allowDecimals={model.unit === "percent" || model.kind !== "amount"}
        niceTicks="snap125"
      />
      {model.hasBand && !bars && (
        <Area
          className="series-plan-band"
          dataKey="planBand"
          stroke="none"
          fill={COLORS.band}
          fillOpacity={0.3}
          isAnimationActive={false}
          connectNulls
        />
      )}
      {target && target.lo !== target.hi && (
        <ReferenceArea
          className="target-band"
          y1={target.lo}
          y2={target.hi}
          fill={COLORS.target}
          fillOpacity={0.08}
          stroke={COLORS.target}
          strokeDasharray={DASH.target}
          ifOverflow="extendDomain"
          label={
            showTargetLabel
              ? { value: targetLabel, position: "insideTopLeft", fontSize: size.font, fill: COLORS.target }
              : undefined
          }
        />
      )}
      {target && target.lo === target.hi && (
        <ReferenceLine
          className="target-line"
          y={target.lo}
          stroke={COLORS.target}
          strokeWidth={Math.max(1.5, size.stroke - 1)}
          strokeDasharray={DASH.target}
          ifOverflow="extendDomain"
          label={
            showTargetLabel
              ? { value: targetLabel, position: "insideTopLeft", fontSize: size.font, fill: COLORS.target }
              : undefined
          }
        />
      )}
      {bars ? (
        <Bar
          className="series-plan"
          dataKey="plan"
          fill={COLORS.band}
          stroke={COLORS.plan}
          isAnimationActive={false}
        />
      ) : (
        <Line
          className="series-plan"
          dataKey="plan"
          stroke={COLORS.plan}
          strokeWidth={size.stroke - 1}
          dot={{ r: size.dot, fill: COLORS.plan, stroke: COLORS.plan, className: "dot-plan" }}
          isAnimationActive={false}
          connectNulls
        />
      )}
      {bars ? (
        <Bar className="series-actual" dataKey="actual" isAnimationActive={false}>
          {rows.map((r) => (
            <Cell
              key={r.key}
              fill={r.estimate ? "#ffffff" : COLORS.actual}
              stroke={COLORS.actual}
              strokeWidth={2}
              strokeDasharray={r.estimate ? DASH.estimate : undefined}
            />
          ))}
        </Bar>
      ) : (
        <Line
          className="series-actual"
          dataKey="actualFinal"
          stroke={COLORS.actual}
          strokeWidth={size.stroke}
          dot={{ r: size.dot + 1, fill: COLORS.actual, stroke: COLORS.actual, className: "dot-actual" }}
          isAnimationActive={false}
        />
      )}
      {!bars && model.hasEstimate && (
        <Line
          className="series-estimate"
          dataKey="actualEstimate"
          stroke={COLORS.actual}
          strokeWidth={size.stroke}
          strokeDasharray={DASH.estimate}
          dot={estimateDot}
          isAnimationActive={false}
        />
      )}
      {model.hasForecast && (
        <Line
          className="series-forecast"
          dataKey="forecast"
          stroke={COLORS.forecast}
          strokeWidth={size.stroke - 1}
          strokeDasharray={DASH.forecast}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      )}
      {model.hasRequired && (
        <Line
          className="series-required"
          dataKey="required"
          stroke={COLORS.required}
          strokeWidth={size.stroke}
          strokeDasharray={DASH.required}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      )}
      {variant !== "tile" && variant !== "print" && (
        <Tooltip
          content={<ChartTooltip model={model} unitText={unitText} />}
          isAnimationActive={false}
          cursor={{ stroke: COLORS.axis, strokeDasharray: "3 3" }}
        />
      )}
    </ComposedChart>
  );
}
