// How the charts say periods, units, targets and the pace still needed, in the interface language.
import type { Indicator, Unit } from "../domain/schema";
import { isWholeUnit } from "../domain/splits";
import type { I18n } from "../i18n/I18nProvider";
import { formatNumber, type Lang } from "../i18n/numbers";
import type { ChartModel, ChartRow, TargetMark } from "./chartData";

type T = I18n["t"];

/** Short label for an axis tick. H2 in cumulative or level views is the year's end. */
export function tickLabel(
  row: Pick<ChartRow, "year" | "half" | "isBaseline">,
  t: T,
  perPeriod: boolean,
): string {
  if (row.isBaseline) return t("chart.baseline", { year: row.year });
  if (row.half === "H1") return t("chart.tick.H1", { year: row.year });
  if (row.half === "H2")
    return perPeriod ? t("chart.tick.H2", { year: row.year }) : t("chart.tick.yearEnd", { year: row.year });
  return String(row.year);
}

/** Long label for a tooltip, a table or a report heading. */
export function periodLong(
  row: Pick<ChartRow, "year" | "half" | "isBaseline">,
  t: T,
  perPeriod: boolean,
): string {
  if (row.isBaseline) return t("chart.long.baseline", { year: row.year });
  if (row.half === "H1") return t("chart.long.H1", { year: row.year });
  if (row.half === "H2")
    return perPeriod ? t("chart.long.H2", { year: row.year }) : t("chart.long.yearEnd", { year: row.year });
  return t("chart.long.year", { year: row.year });
}

/** The unit the chart's values are in: money in the plan's scale; growth indicators plot levels. */
/** A number on an axis or in a label: "1.360" (vi), "5,5" — two decimals at most. */
export function num(v: number, lang: Lang, maxFraction = 2): string {
  return formatNumber(v, lang, Math.abs(v) >= 100 ? 0 : maxFraction);
}

const PREFIX = { exact: "", atLeast: "≥ ", moreThan: "> ", atMost: "≤ ", about: "~", range: "" } as const;

/** "≥ 250", "1–2", "~50", "100%". */
export function targetText(m: TargetMark, unit: Unit, lang: Lang): string {
  const pct = unit === "percent" ? "%" : "";
  if (m.bound === "range" || m.lo !== m.hi) return `${num(m.lo, lang)}–${num(m.hi, lang)}${pct}`;
  return `${PREFIX[m.bound]}${num(m.lo, lang)}${pct}`;
}

/** The pace still needed, as a sentence; null when there is nothing to say. */
export function requiredText(m: ChartModel, unitText: string, t: T, lang: Lang): string | null {
  const pace = m.summary.requiredPace;
  if (!pace || m.requiredPerYear === null) return null;
  const v = m.requiredPerYear;
  const lower = m.direction === "lower";
  if ((!lower && v <= 0) || (lower && v >= 0)) return t("chart.targetReached");
  const params = {
    value: num(Math.abs(v), lang, 1),
    unit: unitText,
    per: t(`fig.per.${pace.per}`),
    left: t(`fig.periodsLeft.${pace.per}`, { count: formatNumber(pace.periods, lang, 1) }),
  };
  if (lower) return t("chart.requiredFall", params);
  return t(REQUIRED[m.kind], params);
}

/** The sentence of the pace still required, by kind (percentage points for shares). */
const REQUIRED: Record<
  Indicator["kind"],
  "chart.requiredAmount" | "chart.requiredLevel" | "chart.requiredShare" | "chart.requiredGrowth"
> = {
  amount: "chart.requiredAmount",
  level: "chart.requiredLevel",
  share: "chart.requiredShare",
  growth: "chart.requiredGrowth",
};

export function forecastText(m: ChartModel, unitText: string, t: T, lang: Lang): string | null {
  if (!m.forecastEnd || !m.hasForecast) return null;
  // Counts of organisations and people are whole numbers; the figure behind stays exact.
  const whole = isWholeUnit(m.unit) && m.unit !== "dong";
  const base = t("chart.forecastText", {
    value: num(m.forecastEnd.value, lang, whole ? 0 : 1),
    unit: unitText,
  });
  const meets = m.summary.forecastMeetsTarget;
  const verdict = meets === null ? "" : ` (${t(meets ? "chart.forecastMeets" : "chart.forecastMisses")})`;
  const est = m.forecastEnd.estimate ? ` (${t("chart.estimateShort")})` : "";
  const cov = m.summary.forecastCoverage;
  const coverage = cov ? ` (${t("fig.coverage", { have: cov.have, of: cov.of })})` : "";
  return base + est + verdict + coverage;
}

export function indicatorTitle(ind: Pick<Indicator, "code" | "name">): string {
  return ind.code ? `${ind.code}. ${ind.name}` : ind.name;
}

/** A file name that any system accepts: "chi-tieu-1-phat-trien-moi-to-hop-tac". */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "bieu-do";
}
