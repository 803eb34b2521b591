// One indicator at a glance: both achievement figures to date, status, forecast and required pace.
// This is what the grid's last columns, the dashboard tiles and the report rows show.
import type { Fig } from "./actuals";
import { type Achievement, achievementToDate, type Coverage, measureAgainst } from "./achievement";
import type { SeriesFigures } from "./figures";
import { forecastCoverage, forecastEnd, type RequiredPace, requiredPace } from "./forecast";
import { KIND_RULES } from "./kindRules";
import type { Period } from "./periods";
import type { Status } from "./status";
import { addBands, type Band } from "./targets";

export interface IndicatorSummary {
  lastPeriod: Period | null;
  achievement: Achievement | null;
  status: Status;
  forecast: Fig | null;
  /** Whole plan: the sub-areas the forecast sums, when not all. */
  forecastCoverage: Coverage | null;
  /** Whether the forecast reaches the programme target (of the same sub-areas); null when unknown. */
  forecastMeetsTarget: boolean | null;
  requiredPace: RequiredPace | null;
}

/** The programme target and baseline the forecast is compared with: of the sub-areas it sums, for
 * a whole plan. */
function forecastTarget(f: SeriesFigures): { target: Band | null; baseline: number | null } {
  if (!f.parts || KIND_RULES[f.kind].wholePlan !== "sum") return { target: f.target, baseline: f.baseline };
  const withForecast = f.parts.filter((p) => p.lastIndex >= 0);
  if (withForecast.some((p) => !p.target)) return { target: null, baseline: null };
  const baselines = withForecast.map((p) => p.baseline);
  return {
    target: addBands(withForecast.map((p) => p.target as Band)),
    baseline: baselines.some((b) => b === null) ? null : (baselines as number[]).reduce((a, b) => a + b, 0),
  };
}

function forecastMeets(f: SeriesFigures, forecast: Fig | null): boolean | null {
  const { target, baseline } = forecastTarget(f);
  if (!forecast || !target) return null;
  const judged = measureAgainst(f, forecast, target, baseline);
  return judged && judged.status !== "checkTarget" ? judged.status === "onTrack" : null;
}

export function summarise(f: SeriesFigures | null): IndicatorSummary {
  if (!f) {
    return {
      lastPeriod: null,
      achievement: null,
      status: "noData",
      forecast: null,
      forecastCoverage: null,
      forecastMeetsTarget: null,
      requiredPace: null,
    };
  }
  const achievement = achievementToDate(f);
  const forecast = forecastEnd(f);
  const cov = forecastCoverage(f);
  return {
    lastPeriod: f.points[f.lastIndex]?.period ?? null,
    achievement,
    status: achievement?.status ?? "noData",
    forecast,
    forecastCoverage: cov && cov.have < cov.of ? cov : null,
    forecastMeetsTarget: forecastMeets(f, forecast),
    requiredPace: requiredPace(f),
  };
}
