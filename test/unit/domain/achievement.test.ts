import { describe, expect, it } from "vitest";
import { achievementAt, achievementToDate, periodAchievement } from "../../../src/domain/achievement";
import { seriesFigures } from "../../../src/domain/figures";
import { summarise } from "../../../src/domain/summary";
import { meetsFigure, meetsValue, statusOf } from "../../../src/domain/status";
import type { Actual, Indicator, Plan, Series } from "../../../src/domain/schema";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import { benTre2021 } from "../../../src/templates/benTre2021";

const fin = (value: number): Actual => ({ value, status: "final" });
const est = (value: number): Actual => ({ value, status: "estimate" });

function figures(plan: Plan, code: string, patch: Partial<Series>) {
  const ind = plan.indicators.find((i) => i.code === code) as Indicator;
  return seriesFigures(plan, ind, { ...(ind.series.all as Series), ...patch });
}

describe("achievement of amounts", () => {
  it("is cumulative actual ÷ cumulative plan up to the last period with an actual", () => {
    // Trà Vinh: 10 new HTX a year; 8 then 12 then 9 recorded.
    const f = figures(traVinh2021, "2", { actual: { "2021": fin(8), "2022": fin(12), "2023": fin(9) } });
    expect(achievementAt(f, 0)?.planShare).toBeCloseTo(0.8);
    expect(achievementAt(f, 1)?.planShare).toBeCloseTo(1.0);
    const toDate = achievementToDate(f)!;
    expect(toDate.planShare).toBeCloseTo(29 / 30);
    expect(toDate.gain).toBeNull();
    expect(toDate.status).toBe("atRisk");
    expect(periodAchievement(f, 2)?.planShare).toBeCloseTo(0.9);
  });

  it("is uncapped and marked as an estimate when it rests on one", () => {
    const f = figures(traVinh2021, "2", { actual: { "2021": fin(10), "2022": est(14) } });
    const a = achievementToDate(f)!;
    expect(a.planShare).toBeCloseTo(1.2);
    expect(a.estimate).toBe(true);
    expect(a.status).toBe("onTrack");
  });

  it("has no data without an actual", () => {
    const f = figures(traVinh2021, "2", {});
    expect(achievementToDate(f)).toBeNull();
    expect(summarise(f).status).toBe("noData");
  });

  it("'about' lowers the on-track line to 90% only at the target's own year", () => {
    // Bến Tre 2021: "khoảng 50" new THT typed for 2021 itself: 46 of 50 = 92% is on track.
    const f = figures(benTre2021, "1", { actual: { "2021-H1": fin(20), "2021-H2": fin(26) } });
    const a = achievementToDate(f)!;
    expect(a.planShare).toBeCloseTo(46 / 50);
    expect(a.status).toBe("onTrack");
  });
});

describe("achievement of levels, shares and growth", () => {
  it("đạt % KH is actual ÷ plan; mức tăng đạt is (actual − baseline) ÷ (plan − baseline), in points", () => {
    // Bạc Liêu: 60% fair or better by 2025, baseline 40% → path 44, 48, 52 …
    const f = figures(bacLieu2021, "6", { baseline: 40, actual: { "2021": fin(43), "2022": fin(48) } });
    expect(achievementAt(f, 0)?.planShare).toBeCloseTo(43 / 44);
    expect(achievementAt(f, 0)?.gain).toBeCloseTo(3 / 4);
    expect(achievementAt(f, 0)?.status).toBe("offTrack");
    expect(achievementToDate(f)?.planShare).toBeCloseTo(1);
    expect(achievementToDate(f)?.gain).toBeCloseTo(1);
    expect(achievementToDate(f)?.status).toBe("onTrack");
  });

  it("is actual ÷ plan without a baseline, measured against the end target", () => {
    const f = figures(bacLieu2021, "6", { actual: { "2022": fin(45) } });
    expect(achievementToDate(f)?.planShare).toBeCloseTo(0.75);
    expect(achievementToDate(f)?.gain).toBeNull();
    expect(achievementToDate(f)?.status).toBe("offTrack");
  });

  it("lower is better: (baseline − actual) ÷ (baseline − plan)", () => {
    const base = bacLieu2021.indicators[5] as Indicator;
    const ind: Indicator = { ...base, direction: "lower" };
    const s: Series = {
      baseline: 30,
      total: { bound: "atMost", value: 10 },
      plan: {},
      actual: { "2025": fin(14) },
      notes: {},
    };
    const f = seriesFigures(bacLieu2021, ind, s);
    expect(achievementToDate(f)?.gain).toBeCloseTo(16 / 20);
    expect(achievementToDate(f)?.planShare).toBeCloseTo(10 / 14);
    expect(achievementToDate(f)?.status).toBe("atRisk");
  });

  it("growth compares the level with the compounded path", () => {
    // +15–20% on 1,000: the plan after one year is 1,150 (the range is met from its minimum).
    const f = figures(traVinh2021, "4", { baseline: 1000, actual: { "2021": fin(1120) } });
    expect(achievementToDate(f)?.gain).toBeCloseTo(120 / 150);
    expect(achievementToDate(f)?.planShare).toBeCloseTo(1120 / 1150);
  });

  it("a half-year is judged pro rata: the midpoint of the year's path", () => {
    // Bến Tre: total HTX 174 at year end; baseline 160 → H1 plan 167.
    const f = figures(benTre2021, "4", { baseline: 160, actual: { "2021-H1": fin(167) } });
    expect(f.points[0]!.plan?.lo).toBe(167);
    expect(achievementToDate(f)?.planShare).toBeCloseTo(1);
    expect(achievementToDate(f)?.gain).toBeCloseTo(1);
  });
});

describe("status rules", () => {
  const band = (bound: "atLeast" | "moreThan" | "about" | "exact", v: number) => ({ lo: v, hi: v, bound });
  it("at least is met at 100%, more than needs more, about from 90%", () => {
    expect(meetsFigure(1, band("atLeast", 15))).toBe(true);
    expect(meetsFigure(1, band("moreThan", 15))).toBe(false);
    expect(meetsFigure(1.01, band("moreThan", 15))).toBe(true);
    expect(meetsFigure(0.9, band("about", 15))).toBe(true);
    expect(meetsFigure(0.89, band("about", 15))).toBe(false);
  });
  it("a value of a range is met from its near end: the minimum, or for lower-is-better the maximum", () => {
    expect(meetsValue(15, { lo: 15, hi: 20, bound: "range" }, "higher")).toBe(true);
    expect(meetsValue(14.9, { lo: 15, hi: 20, bound: "range" }, "higher")).toBe(false);
    expect(meetsValue(20, { lo: 15, hi: 20, bound: "range" }, "lower")).toBe(true);
    expect(meetsValue(21, { lo: 15, hi: 20, bound: "range" }, "lower")).toBe(false);
  });
  it("thresholds: ≥100% on track, 80–100% at risk, below off track, every one read", () => {
    expect(statusOf(1, band("exact", 1))).toBe("onTrack");
    expect(statusOf(0.99, band("exact", 1))).toBe("atRisk");
    expect(statusOf(0.8, band("exact", 1))).toBe("atRisk");
    expect(statusOf(0.79, band("exact", 1))).toBe("offTrack");
    expect(statusOf(0.85, band("about", 1))).toBe("atRisk");
    expect(statusOf(null, null)).toBe("noData");
  });
});
