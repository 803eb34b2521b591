// Every rule that depends on an indicator's kind, in one exhaustive table (DECISIONS.md
// "Achievement", "Status", "Totals and splits", "Growth targets", "Sub-areas"). A new kind added to
// IndicatorKind does not compile until each of these rules is decided for it, and the figures, the
// grid, the charts, the report and the exports read the table instead of asking "is it an amount?".
import type { IndicatorKind } from "./schema";

export interface KindRules {
  /**
   * Actuals add up over periods ("amount": new HTX founded), or each is a position at the end of
   * its period (level, share, growth). Cumulative figures, the year of two halves and the whole plan
   * of sub-areas follow from this.
   */
  cumulative: boolean;
  /** How the yearly plan is derived: a total split evenly, a straight path, or compounding rates. */
  path: "split" | "straight" | "compound";
  /** The plan of a first half-year: half the year's amount, or the midpoint of the year's path. */
  firstHalf: "half" | "midpoint";
  /** The year's actual from its halves: H1 + H2, or the H2 value. */
  yearFromHalves: "sum" | "last";
  /** Whether "mức tăng đạt" (share of the planned gain over the baseline) exists for this kind. */
  gain: boolean;
  /** Whether a target on the wrong side of its baseline for the direction can be told. */
  sideOfBaseline: boolean;
  /** Forecast: the cumulative pace continues, the line through the baseline continues, or compounds. */
  forecast: "pace" | "line" | "compound";
  /** The range a forecast is held in ("count" = never below zero; "percent" = 0–100). */
  forecastRange: "count" | "percent";
  /** What the pace still required is: an amount per period, a change of level, a rate in %/year. */
  pace: "amount" | "change" | "rate";
  /** Whole plan of sub-areas: sums, or Σ numerators ÷ Σ denominators (never an average). */
  wholePlan: "sum" | "ratioOfSums";
  /** Values typed in the plan columns are rates in % whatever the indicator counts. */
  planIsRate: boolean;
  /** Values are percentages (at most 100). */
  percent: boolean;
  /** The value column the charts show by default: per period, or the position. */
  chartDefault: "perPeriod" | "position";
}

export const KIND_RULES: Record<IndicatorKind, KindRules> = {
  amount: {
    cumulative: true,
    path: "split",
    firstHalf: "half",
    yearFromHalves: "sum",
    gain: false,
    sideOfBaseline: false,
    forecast: "pace",
    forecastRange: "count",
    pace: "amount",
    wholePlan: "sum",
    planIsRate: false,
    percent: false,
    chartDefault: "perPeriod",
  },
  level: {
    cumulative: false,
    path: "straight",
    firstHalf: "midpoint",
    yearFromHalves: "last",
    gain: true,
    sideOfBaseline: true,
    forecast: "line",
    forecastRange: "count",
    pace: "change",
    wholePlan: "sum",
    planIsRate: false,
    percent: false,
    chartDefault: "position",
  },
  share: {
    cumulative: false,
    path: "straight",
    firstHalf: "midpoint",
    yearFromHalves: "last",
    gain: true,
    sideOfBaseline: true,
    forecast: "line",
    forecastRange: "percent",
    pace: "change",
    wholePlan: "ratioOfSums",
    planIsRate: false,
    percent: true,
    chartDefault: "position",
  },
  growth: {
    cumulative: false,
    path: "compound",
    firstHalf: "midpoint",
    yearFromHalves: "last",
    gain: true,
    sideOfBaseline: true,
    forecast: "compound",
    forecastRange: "count",
    pace: "rate",
    wholePlan: "sum",
    planIsRate: true,
    percent: false,
    chartDefault: "position",
  },
};

export function kindRules(kind: IndicatorKind): KindRules {
  return KIND_RULES[kind];
}
