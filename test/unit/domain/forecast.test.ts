import { describe, expect, it } from "vitest";
import { seriesFigures } from "../../../src/domain/figures";
import { forecastEnd, requiredPace } from "../../../src/domain/forecast";
import { summarise } from "../../../src/domain/summary";
import type { Indicator, Series } from "../../../src/domain/schema";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";

const ind = (plan: typeof traVinh2021, code: string) =>
  plan.indicators.find((i) => i.code === code) as Indicator;

describe("forecast and required pace", () => {
  it("amounts continue at the average pace so far", () => {
    const i = ind(traVinh2021, "2");
    const s: Series = {
      ...(i.series.all as Series),
      actual: { "2021": { value: 8, status: "final" }, "2022": { value: 10, status: "final" } },
    };
    const f = seriesFigures(traVinh2021, i, s);
    expect(forecastEnd(f)?.value).toBeCloseTo(45);
    expect(requiredPace(f)?.perPeriod).toBeCloseTo(32 / 3);
    expect(summarise(f).forecastMeetsTarget).toBe(false);
  });

  it("shares follow the line from the baseline through the last actual, within 0–100", () => {
    const i = ind(bacLieu2021, "6");
    const s: Series = {
      ...(i.series.all as Series),
      baseline: 40,
      actual: { "2022": { value: 50, status: "final" } },
    };
    const f = seriesFigures(bacLieu2021, i, s);
    expect(forecastEnd(f)?.value).toBeCloseTo(65);
    expect(requiredPace(f)?.perPeriod).toBeCloseTo(10 / 3);
  });

  it("growth keeps compounding", () => {
    const i = ind(traVinh2021, "4");
    const s: Series = {
      ...(i.series.all as Series),
      baseline: 1000,
      actual: { "2021": { value: 1100, status: "estimate" } },
    };
    const f = seriesFigures(traVinh2021, i, s);
    const fc = forecastEnd(f)!;
    expect(fc.value).toBeCloseTo(1000 * Math.pow(1.1, 5));
    expect(fc.estimate).toBe(true);
    const pace = requiredPace(f)!;
    expect(pace.perPeriod).toBeCloseTo((Math.pow((1000 * Math.pow(1.15, 5)) / 1100, 1 / 4) - 1) * 100);
  });

  it("has no required pace once the programme is over", () => {
    const i = ind(traVinh2021, "2");
    const s: Series = { ...(i.series.all as Series), actual: { "2025": { value: 50, status: "final" } } };
    expect(requiredPace(seriesFigures(traVinh2021, i, s))).toBeNull();
  });
});
