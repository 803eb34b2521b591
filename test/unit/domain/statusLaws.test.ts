// Laws of the status and the forecast (DECISIONS.md "Status"), over generated plans.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Direction, IndicatorKind, Target } from "../../../src/domain/schema";
import { indicatorFigures } from "../../../src/domain/rollup";
import type { Status } from "../../../src/domain/status";
import { summarise } from "../../../src/domain/summary";
import { type AchievementCase, casePlan } from "./achievementCases";

const RANK: Record<Status, number> = { onTrack: 3, atRisk: 2, offTrack: 1, noData: 0, checkTarget: 0 };

function summaryOf(c: AchievementCase) {
  const { plan, ind } = casePlan(c);
  return summarise(indicatorFigures(plan, ind));
}

const value = fc.integer({ min: 0, max: 10_000 });
const bound = fc.constantFrom("exact", "atLeast", "moreThan", "about") as fc.Arbitrary<
  "exact" | "atLeast" | "moreThan" | "about"
>;
const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ bound, value }),
  fc
    .tuple(value, value)
    .map(([a, b]): Target => ({ bound: "range", min: Math.min(a, b), max: Math.max(a, b) })),
);
const kind = fc.constantFrom<IndicatorKind>("amount", "level", "growth");
const year = fc.constantFrom("2021", "2022", "2023", "2024", "2025");

describe("status laws", () => {
  it("higher is better: the status never improves when an actual falls", () => {
    fc.assert(
      fc.property(
        kind,
        fc.option(value, { nil: null }),
        target,
        year,
        value,
        value,
        fc.constantFrom<"gain" | "planShare">("gain", "planShare"),
        (k, baseline, total, y, a, b, basis) => {
          const [high, low] = a >= b ? [a, b] : [b, a];
          const make = (v: number): AchievementCase => ({
            reason: "law",
            kind: k,
            basis,
            series: {
              baseline: k === "growth" ? (baseline ?? 100) : baseline,
              total: k === "growth" ? { bound: "exact", value: 10 } : total,
              actual: { [y]: v },
            },
            expect: { planShare: null, gain: null, status: "noData", forecast: null, pace: null },
          });
          const sHigh = summaryOf(make(high)).status;
          const sLow = summaryOf(make(low)).status;
          expect(RANK[sLow]).toBeLessThanOrEqual(RANK[sHigh]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a target met as written, at its year, is on track", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<IndicatorKind>("level", "share", "amount"),
        fc.constantFrom<Direction>("higher", "lower"),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom("exact", "atLeast", "moreThan", "about", "range", "atMost"),
        fc.constantFrom<"gain" | "planShare">("gain", "planShare"),
        (k, direction, base, step, b, basis) => {
          // The target lies on the right side of the baseline for its direction.
          const lo = direction === "higher" ? base + step : Math.max(0, base - step - 1);
          const hi = lo + 1;
          const t: Target = b === "range" ? { bound: "range", min: lo, max: hi } : { bound: b, value: lo };
          const near = b === "range" && direction === "lower" ? hi : lo;
          const met = b === "moreThan" ? (direction === "higher" ? near + 1 : Math.max(0, near - 1)) : near;
          if (b === "moreThan" && direction === "lower" && near === 0) return;
          const actual: Record<string, number> =
            k === "amount" ? { "2021": 0, "2022": 0, "2023": 0, "2024": 0, "2025": met } : { "2025": met };
          const s = summaryOf({
            reason: "law",
            kind: k,
            direction,
            unit: k === "share" ? "percent" : "htx",
            basis,
            series: { baseline: k === "amount" ? null : base, total: t, actual },
            expect: { planShare: null, gain: null, status: "noData", forecast: null, pace: null },
          });
          expect(s.status).toBe("onTrack");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("forecasts of counts are never negative", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<IndicatorKind>("amount", "level", "growth"),
        fc.constantFrom<Direction>("higher", "lower"),
        fc.option(value, { nil: null }),
        fc.dictionary(year, value, { minKeys: 1 }),
        (k, direction, baseline, actual) => {
          const s = summaryOf({
            reason: "law",
            kind: k,
            direction,
            series: { baseline, total: { bound: "exact", value: k === "growth" ? -20 : 5 }, actual },
            expect: { planShare: null, gain: null, status: "noData", forecast: null, pace: null },
          });
          if (s.forecast) expect(s.forecast.value).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
