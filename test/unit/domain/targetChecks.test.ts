import { describe, expect, it } from "vitest";
import { targetOnWrongSide, wrongSideTargets } from "../../../src/domain/targetChecks";
import type { Plan } from "../../../src/domain/schema";
import { formTargetOnWrongSide, formValuesOf } from "../../../src/grid/indicatorForm";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

describe("targets on the wrong side of their baseline", () => {
  it("flags 'giảm từ 50 xuống 30' typed as higher-is-better, not once flipped", () => {
    expect(targetOnWrongSide("level", "higher", 50, { bound: "exact", value: 30 })).toBe(true);
    expect(targetOnWrongSide("level", "lower", 50, { bound: "exact", value: 30 })).toBe(false);
    expect(targetOnWrongSide("share", "lower", 10, { bound: "atMost", value: 20 })).toBe(true);
  });
  it("never flags amounts, missing baselines, or a target equal to the baseline", () => {
    expect(targetOnWrongSide("amount", "higher", 50, { bound: "exact", value: 30 })).toBe(false);
    expect(targetOnWrongSide("level", "higher", null, { bound: "exact", value: 30 })).toBe(false);
    expect(targetOnWrongSide("level", "higher", 30, { bound: "exact", value: 30 })).toBe(false);
  });
  it("judges growth rates from no change: a negative rate of a higher-is-better indicator", () => {
    expect(targetOnWrongSide("growth", "higher", 1000, { bound: "exact", value: -5 })).toBe(true);
    expect(targetOnWrongSide("growth", "higher", 1000, { bound: "range", min: 15, max: 20 })).toBe(false);
  });
  it("lists the indicators and areas of a plan whose target is on the wrong side", () => {
    const ind = traVinh2021.indicators.find((i) => i.kind === "level" || i.kind === "share")!;
    const plan: Plan = {
      ...traVinh2021,
      indicators: [
        {
          ...ind,
          direction: "higher",
          series: { all: { ...ind.series.all!, baseline: 50, total: { bound: "exact", value: 30 } } },
        },
      ],
    };
    expect(wrongSideTargets(plan).map((w) => [w.indicator.id, w.areas])).toEqual([[ind.id, ["all"]]]);
    expect(wrongSideTargets(traVinh2021)).toEqual([]);
  });
  it("is flagged in the indicator form as typed", () => {
    const values = {
      ...formValuesOf(traVinh2021, null, "all", "vi"),
      kind: "level" as const,
      baseline: "50",
      target: "30",
    };
    expect(formTargetOnWrongSide(traVinh2021, values, "vi")).toBe(true);
    expect(formTargetOnWrongSide(traVinh2021, { ...values, direction: "lower" }, "vi")).toBe(false);
    expect(formTargetOnWrongSide(traVinh2021, { ...values, target: "khoảng 70" }, "vi")).toBe(false);
  });
});
