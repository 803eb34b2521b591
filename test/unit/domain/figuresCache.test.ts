import { describe, expect, it } from "vitest";
import { applyEdit } from "../../../src/domain/edits";
import { seriesFigures } from "../../../src/domain/figures";
import { indicatorFigures } from "../../../src/domain/rollup";
import type { Indicator, Plan } from "../../../src/domain/schema";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

const ind = (plan: Plan, code: string) => plan.indicators.find((i) => i.code === code) as Indicator;

describe("derived figures are shared until what they depend on changes", () => {
  it("the same series, plan shape and indicator give the same figures object", () => {
    const i = ind(demoTraVinh, "2");
    const s = i.series["tra-cu"]!;
    expect(seriesFigures(demoTraVinh, i, s)).toBe(seriesFigures(demoTraVinh, i, s));
    expect(indicatorFigures(demoTraVinh, i)).toBe(indicatorFigures(demoTraVinh, i));
  });

  it("an edit recomputes the series it changed and the whole plan, and nothing else", () => {
    const before = demoTraVinh;
    const r = applyEdit(before, {
      type: "setCell",
      indicatorId: ind(before, "2").id,
      area: "tra-cu",
      key: "actual:2021",
      value: { value: 9, status: "final" },
    });
    if (!r.ok) throw new Error(r.error.problem);
    const after = r.plan;
    expect(indicatorFigures(after, ind(after, "2"), "tra-cu")?.points[0]?.actual?.value).toBe(9);
    expect(indicatorFigures(after, ind(after, "2"))?.points[0]?.actual?.value).toBe(9 + 2 + 2);
    expect(indicatorFigures(after, ind(after, "2"), "cang-long")).toBe(
      indicatorFigures(before, ind(before, "2"), "cang-long"),
    );
    expect(indicatorFigures(after, ind(after, "1"))).toBe(indicatorFigures(before, ind(before, "1")));
  });

  it("a change of the plan's period or of the indicator's kind is not served stale figures", () => {
    const i = ind(demoTraVinh, "2");
    const s = i.series["tra-cu"]!;
    const shorter = seriesFigures({ ...demoTraVinh, endYear: 2024 }, i, s);
    expect(shorter.points).toHaveLength(4);
    expect(seriesFigures(demoTraVinh, i, s).points).toHaveLength(5);
    expect(seriesFigures(demoTraVinh, { ...i, kind: "level" }, s).kind).toBe("level");
  });
});
