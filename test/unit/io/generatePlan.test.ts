import { describe, expect, it } from "vitest";
import { BIG_PLAN, generatePlan, TEN_MB_PLAN } from "../../../src/bench/generatePlan";
import { checkPlan } from "../../../src/domain/planChecks";
import { Plan } from "../../../src/domain/schema";
import { writePlanFile } from "../../../src/io";

describe("generated large plans", () => {
  it("are valid, half-yearly or yearly, with or without sub-areas", () => {
    for (const opts of [
      { indicators: 13, years: 4, subAreas: 3 },
      { indicators: 7, years: 2, subAreas: 0, reporting: "halfYearly" as const },
      { indicators: 6, years: 30, subAreas: 1, yearsWithActuals: 5 },
    ]) {
      const plan = generatePlan(opts);
      const parsed = Plan.safeParse(plan);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(checkPlan(plan)).toEqual([]);
    }
  });

  it("are the same for the same options, different for another seed", () => {
    const small = { indicators: 5, years: 3, subAreas: 2 };
    expect(generatePlan(small)).toEqual(generatePlan(small));
    expect(generatePlan({ ...small, seed: 2 })).not.toEqual(generatePlan(small));
  });

  it("the big plan is 300 × 10 × 30 with plan and actual filled, and valid", () => {
    const plan = generatePlan(BIG_PLAN);
    expect([plan.indicators.length, plan.endYear - plan.startYear + 1, plan.subAreas.length]).toEqual([
      300, 10, 30,
    ]);
    for (const ind of plan.indicators) {
      expect(Object.keys(ind.series)).toHaveLength(30);
      for (const s of Object.values(ind.series)) {
        expect(Object.keys(s.actual)).toHaveLength(10);
        expect(s.total).not.toBeNull();
      }
    }
    expect(checkPlan(plan)).toEqual([]);
  });

  it("TEN_MB_PLAN writes a file of about 10 MB", () => {
    const bytes = new TextEncoder().encode(writePlanFile(generatePlan(TEN_MB_PLAN), new Date())).byteLength;
    expect(bytes / (1024 * 1024)).toBeGreaterThan(9.5);
    expect(bytes / (1024 * 1024)).toBeLessThan(11);
  });
});
