import { describe, expect, it } from "vitest";
import { indicatorFigures } from "../../../src/domain/rollup";
import { summarise } from "../../../src/domain/summary";
import type { Indicator } from "../../../src/domain/schema";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

const ind = (code: string) => demoTraVinh.indicators.find((i) => i.code === code) as Indicator;

describe("whole-plan roll-ups from sub-areas", () => {
  it("amounts add up, plan and actual", () => {
    const f = indicatorFigures(demoTraVinh, ind("2"))!;
    expect(f.years.map((y) => y.band?.lo)).toEqual([10, 10, 10, 10, 10]);
    expect(f.points.map((p) => p.actual?.value)).toEqual([7, 10, 10, 10, 11]);
    expect(f.points[4]!.cumActual).toEqual({ value: 48, estimate: true });
    expect(f.target).toMatchObject({ lo: 50, hi: 50 });
  });

  it("a range target sums end by end", () => {
    const f = indicatorFigures(demoTraVinh, ind("3"))!;
    expect(f.target).toMatchObject({ lo: 1, hi: 2, bound: "range" });
  });

  it("shares recombine from numerators and denominators, never averaged", () => {
    const f = indicatorFigures(demoTraVinh, ind("5"))!;
    // 2021: (11 + 9 + 30) / (15 + 13 + 52)
    expect(f.points[0]!.actual!.value).toBeCloseTo((50 / 80) * 100);
    expect(f.points[0]!.parts).toEqual({ numerator: 50, denominator: 80 });
  });

  it("a share without parts in every sub-area has no whole-plan value", () => {
    const i = ind("5");
    const broken: Indicator = {
      ...i,
      series: {
        ...i.series,
        "tra-cu": { ...i.series["tra-cu"]!, actual: { "2021": { value: 70, status: "final" } } },
      },
    };
    const f = indicatorFigures(demoTraVinh, broken)!;
    expect(f.points[0]!.actual).toBeNull();
    expect(summarise(f).status).toBe("noData");
  });

  it("growth paths of sub-areas add up to the whole plan's", () => {
    const f = indicatorFigures(demoTraVinh, ind("4"))!;
    expect(f.baseline).toBe(4200 + 3100 + 2700);
    expect(f.years[0]!.band!.lo).toBeCloseTo(10000 * 1.15);
    expect(f.years[0]!.band!.hi).toBeCloseTo(10000 * 1.2);
  });

  it("a sub-area alone is available too", () => {
    const f = indicatorFigures(demoTraVinh, ind("2"), "tra-cu")!;
    expect(f.points.map((p) => p.actual?.value)).toEqual([3, 5, 4, 4, 5]);
  });
});
