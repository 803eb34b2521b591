// Targets on the wrong side of their baseline for the indicator's direction (DECISIONS.md "Status"):
// "giảm số HTX yếu kém từ 50 xuống 30" typed as higher-is-better. Flagged where the target is typed
// and in the plan's checks, never judged silently. Growth targets are rates: a negative rate is
// the wrong side of a higher-is-better indicator.
import { KIND_RULES } from "./kindRules";
import type { Direction, Indicator, IndicatorKind, Plan, Target } from "./schema";
import { referenceValue, toBand } from "./targets";

export function targetOnWrongSide(
  kind: IndicatorKind,
  direction: Direction,
  baseline: number | null,
  target: Target | null,
): boolean {
  if (!KIND_RULES[kind].sideOfBaseline || !target) return false;
  const ref = referenceValue(toBand(target), direction);
  // A rate of growth is measured from no change; a level or a share from its baseline.
  const from = KIND_RULES[kind].planIsRate ? 0 : baseline;
  if (from === null) return false;
  return direction === "lower" ? ref > from : ref < from;
}

export interface WrongSideTarget {
  indicator: Indicator;
  /** The areas (sub-area ids, or WHOLE_AREA) whose target is on the wrong side. */
  areas: string[];
}

/** Indicators whose end target (programme target or end year's plan) is on the wrong side. */
export function wrongSideTargets(plan: Pick<Plan, "indicators" | "endYear">): WrongSideTarget[] {
  const out: WrongSideTarget[] = [];
  for (const ind of plan.indicators) {
    const areas = Object.entries(ind.series)
      .filter(([, s]) =>
        targetOnWrongSide(
          ind.kind,
          ind.direction,
          s.baseline,
          s.total ?? s.plan[String(plan.endYear)] ?? null,
        ),
      )
      .map(([area]) => area);
    if (areas.length > 0) out.push({ indicator: ind, areas });
  }
  return out;
}

export function flipped(direction: Direction): Direction {
  return direction === "higher" ? "lower" : "higher";
}
