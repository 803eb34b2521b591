import { describe, expect, it } from "vitest";
import { copyToRest, deriveTotal, laterColumns, splitTotal } from "../../../src/grid/fillHelpers";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { apply, indicatorOf } from "./helpers";

function planOf(plan: typeof bacLieu2021, id: string) {
  return indicatorOf(plan, id).series.all!.plan;
}

describe("fill helpers", () => {
  it("splits 3 over five years as 1, 1, 1, 0, 0 (whole units, remainder to the earliest years)", () => {
    const r = splitTotal(bacLieu2021, indicatorOf(bacLieu2021, "bl21-3"), "all");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cells).toBe(5);
    const plan = apply(bacLieu2021, r.edit);
    expect(Object.values(planOf(plan, "bl21-3")).map((t) => (t.bound === "range" ? null : t.value))).toEqual([
      1, 1, 1, 0, 0,
    ]);
  });

  it("splits a bound keeping its wording, and refuses what cannot be split", () => {
    const plan = apply(bacLieu2021, splitOk(bacLieu2021, "bl21-1"));
    expect(planOf(plan, "bl21-1")["2021"]).toEqual({ bound: "exact", value: 20 });
    expect(splitTotal(bacLieu2021, indicatorOf(bacLieu2021, "bl21-6"), "all")).toMatchObject({
      ok: false,
      problem: { key: "grid.problem.splitAmountsOnly" },
    });
    expect(splitTotal(demoTraVinh, indicatorOf(demoTraVinh, "demo-1"), "all")).toMatchObject({ ok: false });
  });

  it("copies a value to the later periods", () => {
    const start = apply(bacLieu2021, {
      type: "setCell",
      indicatorId: "bl21-1",
      area: "all",
      key: "plan:2022",
      value: { bound: "atLeast", value: 25 },
    });
    const r = copyToRest(start, indicatorOf(start, "bl21-1"), "all", "plan:2022");
    expect(r).toMatchObject({ ok: true, cells: 3 });
    if (!r.ok) return;
    const plan = apply(start, r.edit);
    expect(Object.keys(planOf(plan, "bl21-1")).sort()).toEqual(["2022", "2023", "2024", "2025"]);
    expect(copyToRest(start, indicatorOf(start, "bl21-1"), "all", "plan:2021")).toMatchObject({
      ok: false,
      problem: { key: "grid.problem.noValueToCopy" },
    });
  });

  it("knows the later periods of a half-yearly plan", () => {
    const twoYears = { ...benTre2021, endYear: 2022 };
    expect(laterColumns(twoYears, "actual:2021-H1")).toEqual([
      "actual:2021-H2",
      "actual:2022-H1",
      "actual:2022-H2",
    ]);
    expect(laterColumns(twoYears, "plan:2021")).toEqual(["plan:2022"]);
    expect(laterColumns(twoYears, "total")).toEqual([]);
  });

  it("derives the total from the yearly figures, or says which years are missing", () => {
    const split = apply(bacLieu2021, splitOk(bacLieu2021, "bl21-4"));
    const cleared = apply(split, {
      type: "setCell",
      indicatorId: "bl21-4",
      area: "all",
      key: "total",
      value: null,
    });
    const r = deriveTotal(cleared, indicatorOf(cleared, "bl21-4"), "all");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(indicatorOf(apply(cleared, r.edit), "bl21-4").series.all!.total).toEqual({
      bound: "exact",
      value: 1360,
    });
    expect(deriveTotal(bacLieu2021, indicatorOf(bacLieu2021, "bl21-4"), "all")).toMatchObject({
      ok: false,
      problem: { key: "grid.problem.missingYears", params: { years: "2021, 2022, 2023, 2024, 2025" } },
    });
  });
});

function splitOk(plan: typeof bacLieu2021, id: string) {
  const r = splitTotal(plan, indicatorOf(plan, id), "all");
  if (!r.ok) throw new Error(r.problem.key);
  return r.edit;
}
