import { describe, expect, it } from "vitest";
import { chartModel } from "../../../src/charts/chartData";
import type { Actual, Indicator, Plan, Series } from "../../../src/domain/schema";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

const fin = (value: number): Actual => ({ value, status: "final" });
const est = (value: number): Actual => ({ value, status: "estimate" });

const byCode = (plan: Plan, code: string) => plan.indicators.find((i) => i.code === code) as Indicator;

function withSeries(ind: Indicator, patch: Partial<Series>): Indicator {
  return { ...ind, series: { all: { ...(ind.series.all as Series), ...patch } } };
}

describe("chart of an amount", () => {
  it("has one row per period with the planned amount, and the programme target when cumulative", () => {
    const ind = byCode(traVinh2021, "2"); // 50 new HTX, 10 a year
    const cum = chartModel(traVinh2021, ind, "cumulative")!;
    expect(cum.rows.map((r) => r.key)).toEqual(["2021", "2022", "2023", "2024", "2025"]);
    expect(cum.rows.map((r) => r.plan)).toEqual([10, 20, 30, 40, 50]);
    expect(cum.target).toEqual({ lo: 50, hi: 50, bound: "exact" });
    expect(cum.hasActual).toBe(false);

    const per = chartModel(traVinh2021, ind, "perPeriod")!;
    expect(per.rows.map((r) => r.plan)).toEqual([10, 10, 10, 10, 10]);
    // The programme total is not comparable with one year's amount.
    expect(per.target).toBeNull();
  });

  it("draws estimates apart from finals, and the forecast and required pace to the end", () => {
    const ind = withSeries(byCode(traVinh2021, "2"), { actual: { "2021": fin(8), "2022": est(12) } });
    const m = chartModel(traVinh2021, ind, "cumulative")!;
    expect(m.rows.map((r) => r.actual)).toEqual([8, 20, null, null, null]);
    expect(m.rows.map((r) => r.actualFinal)).toEqual([8, null, null, null, null]);
    // The dashed estimate segment starts at the last final point.
    expect(m.rows.map((r) => r.actualEstimate)).toEqual([8, 20, null, null, null]);
    expect(m.hasEstimate).toBe(true);
    // Pace so far: 10 a year → 50 at the end; 30 still needed over 3 years.
    expect(m.rows.map((r) => r.forecast)).toEqual([null, 20, null, null, 50]);
    expect(m.rows.map((r) => r.required)).toEqual([null, 20, null, null, 50]);
    expect(m.requiredPerYear).toBeCloseTo(10);
    expect(m.summary.status).toBe("onTrack");

    const per = chartModel(traVinh2021, ind, "perPeriod")!;
    expect(per.rows.map((r) => r.actual)).toEqual([8, 12, null, null, null]);
    expect(per.hasForecast).toBe(false);
    expect(per.hasRequired).toBe(false);
  });

  it("marks a lower bound and a range as the programme target", () => {
    const atLeast = chartModel(traVinh2021, byCode(traVinh2021, "1"), "cumulative")!;
    expect(atLeast.target).toEqual({ lo: 250, hi: 250, bound: "atLeast" });
    const range = chartModel(traVinh2021, byCode(traVinh2021, "3"), "cumulative")!;
    expect(range.target).toEqual({ lo: 1, hi: 2, bound: "range" });
    expect(range.hasBand).toBe(true);
  });

  it("sums sub-areas for the whole plan and shows money in the plan's scale", () => {
    const m = chartModel(demoTraVinh, byCode(demoTraVinh, "1"), "cumulative")!;
    expect(m.rows.map((r) => r.actual)).toEqual([40, 87, 134, 180, 230]);
    expect(m.rows.map((r) => r.estimate)).toEqual([false, false, false, false, true]);
    expect(m.rows[0]?.plan).toBe(50);

    const money = withSeries(
      { ...byCode(traVinh2021, "2"), unit: "dong" },
      {
        total: { bound: "exact", value: 5_000_000_000 },
        plan: {},
        actual: { "2021": fin(1_500_000_000) },
      },
    );
    const mm = chartModel({ ...traVinh2021, moneyScale: "billion" }, money, "cumulative")!;
    expect(mm.rows[0]?.actual).toBe(1.5);
    expect(mm.target?.lo).toBe(5);
  });
});

describe("chart of levels, shares and growth", () => {
  it("starts growth at the baseline and draws a band for a range of rates", () => {
    const m = chartModel(demoTraVinh, byCode(demoTraVinh, "4"), "perPeriod")!;
    expect(m.mode).toBe("cumulative"); // no per-period view for levels
    expect(m.cumulativeAvailable).toBe(false);
    expect(m.rows[0]).toMatchObject({ key: "baseline", year: 2020, isBaseline: true, plan: 10000 });
    const y2021 = m.rows[1]!;
    expect(y2021.planBand?.[0]).toBeCloseTo(11500);
    expect(y2021.planBand?.[1]).toBeCloseTo(12000);
    expect(y2021.plan).toBeCloseTo(11500);
    expect(m.hasBand).toBe(true);
    expect(m.rows).toHaveLength(6);
  });

  it("puts shares on a 0–100% axis", () => {
    const m = chartModel(demoTraVinh, byCode(demoTraVinh, "5"), "cumulative")!;
    expect(m.yDomain).toEqual([0, 100]);
    expect(m.target).toEqual({ lo: 100, hi: 100, bound: "exact" });
    // Whole-plan share: Σ numerators ÷ Σ denominators.
    expect(m.rows[0]?.actual).toBeCloseTo((50 / 80) * 100);
  });

  it("has no rows without the series", () => {
    const ind = { ...byCode(traVinh2021, "2"), series: {} };
    expect(chartModel(traVinh2021, ind)).toBeNull();
  });
});
