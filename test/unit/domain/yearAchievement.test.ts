import { describe, expect, it } from "vitest";
import { periodAchievement, yearAchievement } from "../../../src/domain/achievement";
import { seriesFigures } from "../../../src/domain/figures";
import type { Actual, Indicator, Series } from "../../../src/domain/schema";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

const fin = (value: number): Actual => ({ value, status: "final" });
const est = (value: number): Actual => ({ value, status: "estimate" });

function figures(plan: typeof benTre2021, code: string, patch: Partial<Series>) {
  const ind = plan.indicators.find((i) => i.code === code) as Indicator;
  return seriesFigures(plan, ind, { ...(ind.series.all as Series), ...patch });
}

describe("achievement of a whole year", () => {
  it("adds the halves of an amount and measures them against the year's plan", () => {
    // Bến Tre 2021: about 50 new THT, reported half-yearly.
    const f = figures(benTre2021, "1", { actual: { "2021-H1": fin(20), "2021-H2": est(26) } });
    const y = yearAchievement(f, 2021)!;
    expect(y.actual).toBe(46);
    expect(y.planShare).toBeCloseTo(46 / 50);
    expect(y.estimate).toBe(true);
    // The H2 point alone measures only the second half against half the year.
    expect(periodAchievement(f, 1)?.planShare).toBeCloseTo(26 / 25);
  });

  it("is null until the year is over (H1 only)", () => {
    const f = figures(benTre2021, "1", { actual: { "2021-H1": fin(20) } });
    expect(yearAchievement(f, 2021)).toBeNull();
  });

  it("takes a year typed as a whole in a yearly plan", () => {
    const f = figures(traVinh2021, "2", { actual: { "2022": fin(12) } });
    expect(yearAchievement(f, 2022)?.planShare).toBeCloseTo(1.2);
    expect(yearAchievement(f, 2021)).toBeNull();
    expect(yearAchievement(f, 2030)).toBeNull();
  });
});
