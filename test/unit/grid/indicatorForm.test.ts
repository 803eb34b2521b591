import { describe, expect, it } from "vitest";
import { formValuesOf, submitIndicatorForm } from "../../../src/grid/indicatorForm";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { apply, indicatorOf } from "./helpers";

const blank = (group: string) => ({ ...formValuesOf(bacLieu2021, null, "all", "vi", group) });

describe("the indicator form", () => {
  it("adds an indicator after the focused one, in its group, with its target", () => {
    const group = indicatorOf(bacLieu2021, "bl21-2").group;
    const values = { ...blank(group), code: "1a", name: " HTX có hợp đồng ", target: "≥ 40", baseline: "12" };
    const r = submitIndicatorForm(bacLieu2021, "all", null, values, "vi", "new-1", 2, group);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const plan = apply(bacLieu2021, r.edit);
    const added = plan.indicators[2]!;
    expect(added).toMatchObject({ id: "new-1", code: "1a", name: "HTX có hợp đồng", group });
    expect(added.series.all).toMatchObject({ baseline: 12, total: { bound: "atLeast", value: 40 } });
  });

  it("puts an indicator of another group at the end of that group", () => {
    const other = indicatorOf(bacLieu2021, "bl21-6").group;
    const values = { ...blank(other), name: "Tỷ lệ mới", kind: "share" as const, unit: "percent" as const };
    const r = submitIndicatorForm(
      bacLieu2021,
      "all",
      null,
      values,
      "vi",
      "new-2",
      1,
      indicatorOf(bacLieu2021, "bl21-1").group,
    );
    if (!r.ok) throw new Error("refused");
    const plan = apply(bacLieu2021, r.edit);
    const last = plan.indicators.map((x) => x.group).lastIndexOf(other);
    expect(plan.indicators[last]?.id).toBe("new-2");
  });

  it("refuses what the schema and the value rules refuse, field by field", () => {
    const values = { ...blank(""), name: "  ", baselineYear: "20x5", target: "-5", code: "x".repeat(21) };
    const r = submitIndicatorForm(bacLieu2021, "all", null, values, "vi", "n", 0);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.name?.key).toBe("grid.problem.nameRequired");
    expect(r.errors.code).toEqual({ key: "grid.problem.tooLong", params: { max: 20 } });
    expect(r.errors.baselineYear?.key).toBe("grid.form.badYear");
    expect(r.errors.target?.key).toBe("problem.negative");
  });

  it("edits an indicator as one batch and refuses a kind that would make stored values invalid", () => {
    const ind = indicatorOf(demoTraVinh, "demo-1");
    const values = formValuesOf(demoTraVinh, ind, "tra-cu", "vi");
    expect(values.target).toBe("≥ 100");
    const r = submitIndicatorForm(
      demoTraVinh,
      "tra-cu",
      ind,
      { ...values, agency: "Sở Tài chính", target: "≥ 120" },
      "vi",
      "x",
      0,
    );
    if (!r.ok) throw new Error("refused");
    const plan = apply(demoTraVinh, r.edit);
    expect(indicatorOf(plan, "demo-1")).toMatchObject({ agency: "Sở Tài chính" });
    expect(indicatorOf(plan, "demo-1").series["tra-cu"]!.total).toEqual({ bound: "atLeast", value: 120 });
    expect(indicatorOf(plan, "demo-1").series["cang-long"]!.total).toEqual({ bound: "atLeast", value: 75 });

    // Indicator 4 holds member counts in the thousands: as a share they would exceed 100%.
    const members = indicatorOf(demoTraVinh, "demo-4");
    const asShare = {
      ...formValuesOf(demoTraVinh, members, "tra-cu", "vi"),
      kind: "share" as const,
      target: "",
    };
    const bad = submitIndicatorForm(demoTraVinh, "tra-cu", members, asShare, "vi", "x", 0);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.kind?.key).toBe("grid.form.existingInvalid");
  });

  it("moves an indicator to its new group's place when the group changes", () => {
    const ind = indicatorOf(benTre2021, "bt21-1");
    const group = indicatorOf(benTre2021, "bt21-10").group;
    const r = submitIndicatorForm(
      benTre2021,
      "all",
      ind,
      { ...formValuesOf(benTre2021, ind, "all", "vi"), group },
      "vi",
      "x",
      0,
    );
    if (!r.ok) throw new Error("refused");
    const plan = apply(benTre2021, r.edit);
    const index = plan.indicators.findIndex((x) => x.id === "bt21-1");
    expect(plan.indicators[index - 1]?.group).toBe(group);
    expect(plan.indicators[index + 1]?.group ?? group).not.toBe(undefined);
  });
});
