// One indicator at a glance: achievement to date, status, forecast and required pace. This is what
// the grid's last columns, the dashboard tiles and the report rows show.
import type { Fig } from "./actuals";
import { type Achievement, achievementToDate } from "./achievement";
import type { SeriesFigures } from "./figures";
import { forecastEnd, type RequiredPace, requiredPace } from "./forecast";
import type { Period } from "./periods";
import { meetsTarget, type Status } from "./status";

export interface IndicatorSummary {
  lastPeriod: Period | null;
  achievement: Achievement | null;
  status: Status;
  forecast: Fig | null;
  /** Whether the forecast reaches the programme target; null when either is unknown. */
  forecastMeetsTarget: boolean | null;
  requiredPace: RequiredPace | null;
}

export function summarise(f: SeriesFigures | null): IndicatorSummary {
  if (!f) {
    return {
      lastPeriod: null,
      achievement: null,
      status: "noData",
      forecast: null,
      forecastMeetsTarget: null,
      requiredPace: null,
    };
  }
  const achievement = achievementToDate(f);
  const forecast = forecastEnd(f);
  return {
    lastPeriod: f.points[f.lastIndex]?.period ?? null,
    achievement,
    status: achievement?.status ?? "noData",
    forecast,
    forecastMeetsTarget: forecast && f.target ? meetsTarget(forecast.value, f.target, f.direction) : null,
    requiredPace: requiredPace(f),
  };
}
