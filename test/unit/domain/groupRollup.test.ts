import { describe, expect, it } from "vitest";
import { groupFigures, indicatorFigures } from "../../../src/domain/rollup";
import type { Indicator } from "../../../src/domain/schema";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

const ind = (code: string) => demoTraVinh.indicators.find((i) => i.code === code) as Indicator;
const GROUP = ["tra-cu", "cang-long"];

describe("roll-ups by group of sub-areas", () => {
  it("amounts sum over the group's sub-areas only", () => {
    const i = ind("2");
    const g = groupFigures(demoTraVinh, i, GROUP)!;
    const a = indicatorFigures(demoTraVinh, i, "tra-cu")!;
    const b = indicatorFigures(demoTraVinh, i, "cang-long")!;
    g.points.forEach((p, k) => {
      const x = a.points[k]!.actual?.value;
      const y = b.points[k]!.actual?.value;
      expect(p.actual?.value).toBe(x !== undefined && y !== undefined ? x + y : (x ?? y));
    });
    expect(g.target?.lo).toBe(a.target!.lo + b.target!.lo);
  });

  it("levels sum: the group's baseline is the sum of its sub-areas'", () => {
    const i = ind("4");
    const g = groupFigures(demoTraVinh, i, GROUP)!;
    expect(g.baseline).toBe(4200 + 3100);
  });

  it("shares are Σ numerators ÷ Σ denominators of the group, never an average", () => {
    const g = groupFigures(demoTraVinh, ind("5"), GROUP)!;
    // 2021: (11 + 9) / (15 + 13)
    expect(g.points[0]!.parts).toEqual({ numerator: 20, denominator: 28 });
    expect(g.points[0]!.actual!.value).toBeCloseTo((20 / 28) * 100);
  });

  it("coverage counts the group's sub-areas that reported", () => {
    const i = ind("2");
    const missing: Indicator = {
      ...i,
      series: { ...i.series, "cang-long": { ...i.series["cang-long"]!, actual: {} } },
    };
    const g = groupFigures(demoTraVinh, missing, GROUP)!;
    expect(g.points[0]!.coverage).toEqual({ have: 1, of: 2 });
  });

  it("a sub-area of the group without a series still counts in the coverage", () => {
    const i = ind("2");
    const { ["cang-long"]: _gone, ...rest } = i.series;
    const g = groupFigures(demoTraVinh, { ...i, series: rest }, GROUP)!;
    expect(g.points[0]!.coverage).toEqual({ have: 1, of: 2 });
  });

  it("a group without figures has none, and the same inputs give the same object", () => {
    expect(groupFigures(demoTraVinh, ind("2"), [])).toBeNull();
    const i = ind("2");
    expect(groupFigures(demoTraVinh, i, GROUP)).toBe(groupFigures(demoTraVinh, i, GROUP));
  });
});
