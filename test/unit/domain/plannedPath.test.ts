import { describe, expect, it } from "vitest";
import { indicatorFigures } from "../../../src/domain/rollup";
import { splitEvenly, splitTarget } from "../../../src/domain/splits";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import type { Indicator, Plan } from "../../../src/domain/schema";

function byCode(plan: Plan, code: string): Indicator {
  const ind = plan.indicators.find((i) => i.code === code);
  if (!ind) throw new Error(`no indicator ${code}`);
  return ind;
}

function withSeries(ind: Indicator, patch: Partial<Indicator["series"]["all"]>): Indicator {
  const s = ind.series.all!;
  return { ...ind, series: { all: { ...s, ...patch } } };
}

describe("planned path", () => {
  it("Trà Vinh's 10 new HTX a year gives a cumulative plan of 10, 20, 30, 40, 50", () => {
    const f = indicatorFigures(traVinh2021, byCode(traVinh2021, "2"))!;
    expect(f.points.map((p) => p.cumPlan?.lo)).toEqual([10, 20, 30, 40, 50]);
    expect(f.target).toMatchObject({ lo: 50, hi: 50 });
  });

  it("100 new HTX over 2021–2025 splits as 20 a year", () => {
    const f = indicatorFigures(bacLieu2021, byCode(bacLieu2021, "1"))!;
    expect(f.years.map((y) => y.band?.lo)).toEqual([20, 20, 20, 20, 20]);
    expect(f.years.every((y) => !y.given)).toBe(true);
  });

  it("3 LHHTX split as 1, 1, 1, 0, 0", () => {
    const f = indicatorFigures(bacLieu2021, byCode(bacLieu2021, "3"))!;
    expect(f.years.map((y) => y.band?.lo)).toEqual([1, 1, 1, 0, 0]);
    expect(splitEvenly(3, 5, true)).toEqual([1, 1, 1, 0, 0]);
  });

  it("splits a range end by end and keeps non-whole units exact", () => {
    expect(splitTarget({ bound: "range", min: 1, max: 2 }, 5, true)).toEqual([
      { bound: "range", min: 1, max: 1 },
      { bound: "range", min: 0, max: 1 },
      { bound: "range", min: 0, max: 0 },
      { bound: "range", min: 0, max: 0 },
      { bound: "range", min: 0, max: 0 },
    ]);
    expect(splitEvenly(10, 4, false)).toEqual([2.5, 2.5, 2.5, 2.5]);
  });

  it("derives the total of yearly targets as their sum", () => {
    const ind = withSeries(byCode(traVinh2021, "2"), { total: null });
    const f = indicatorFigures(traVinh2021, ind)!;
    expect(f.target).toMatchObject({ lo: 50, hi: 50 });
    expect(f.targetGiven).toBe(false);
  });

  it("members +15% a year on a baseline of 1,000 gives 1,150 then 1,322.5", () => {
    const ind = withSeries(byCode(traVinh2021, "4"), {
      baseline: 1000,
      total: { bound: "exact", value: 15 },
    });
    const f = indicatorFigures(traVinh2021, ind)!;
    expect(f.years[0]!.band!.lo).toBeCloseTo(1150, 9);
    expect(f.years[1]!.band!.lo).toBeCloseTo(1322.5, 9);
  });

  it("+15–20% gives a band of 1,150–1,200 after one year, each end compounded", () => {
    const ind = withSeries(byCode(traVinh2021, "4"), { baseline: 1000 });
    const f = indicatorFigures(traVinh2021, ind)!;
    expect(f.years[0]!.band!.lo).toBeCloseTo(1150, 9);
    expect(f.years[0]!.band!.hi).toBeCloseTo(1200, 9);
    expect(f.years[1]!.band!.hi).toBeCloseTo(1440, 9);
  });

  it("a growth target without a baseline has no planned path", () => {
    const f = indicatorFigures(traVinh2021, byCode(traVinh2021, "4"))!;
    expect(f.years.every((y) => y.band === null)).toBe(true);
  });

  it("a share with only an end target follows a straight path from the baseline", () => {
    const ind = withSeries(byCode(bacLieu2021, "6"), { baseline: 40 });
    const f = indicatorFigures(bacLieu2021, ind)!;
    expect(f.years.map((y) => y.band?.lo)).toEqual([44, 48, 52, 56, 60]);
  });

  it("without a baseline only the end year of a share has a plan", () => {
    const f = indicatorFigures(bacLieu2021, byCode(bacLieu2021, "6"))!;
    expect(f.years.map((y) => y.band?.lo ?? null)).toEqual([null, null, null, null, 60]);
  });
});
