import { describe, expect, it } from "vitest";
import { indicatorFigures } from "../../../src/domain/rollup";
import { summarise } from "../../../src/domain/summary";
import { ACHIEVEMENT_CASES, casePlan } from "./achievementCases";

const close = (actual: number | null | undefined, expected: number | null) => {
  if (expected === null) expect(actual ?? null).toBeNull();
  else expect(actual).toBeCloseTo(expected, 6);
};

describe("hand-computed figures (test/unit/domain/achievementCases.ts)", () => {
  it("holds at least 40 cases, each with a reason", () => {
    expect(ACHIEVEMENT_CASES.length).toBeGreaterThanOrEqual(40);
    for (const c of ACHIEVEMENT_CASES) expect(c.reason.length).toBeGreaterThan(10);
  });

  it.each(ACHIEVEMENT_CASES.map((c) => [c.reason, c] as const))("%s", (_reason, c) => {
    const { plan, ind } = casePlan(c);
    const s = summarise(indicatorFigures(plan, ind));
    const a = s.achievement;
    close(a?.planShare, c.expect.planShare);
    close(a?.gain, c.expect.gain);
    expect(s.status).toBe(c.expect.status);
    close(s.forecast?.value, c.expect.forecast);
    if (c.expect.pace === null) expect(s.requiredPace).toBeNull();
    else {
      expect(s.requiredPace?.per).toBe(c.expect.pace.per);
      close(s.requiredPace?.periods ?? null, c.expect.pace.periods);
      close(s.requiredPace?.perPeriod ?? null, c.expect.pace.perPeriod);
    }
    if (c.expect.coverage) {
      expect(a?.coverage && `${a.coverage.have}/${a.coverage.of}`).toBe(c.expect.coverage);
      expect(s.forecastCoverage && `${s.forecastCoverage.have}/${s.forecastCoverage.of}`).toBe(
        c.expect.coverage,
      );
    } else expect(a?.coverage ?? null).toBeNull();
    expect(a?.missing ?? []).toEqual(c.expect.missing ?? []);
  });
});
