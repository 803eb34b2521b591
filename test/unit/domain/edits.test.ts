import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyEdit, type Edit } from "../../../src/domain/edits";
import type { Plan } from "../../../src/domain/schema";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

function apply(plan: Plan, edit: Edit): Plan {
  const r = applyEdit(plan, edit);
  if (!r.ok) throw new Error(r.error.problem);
  return r.plan;
}

describe("edits", () => {
  it("sets a cell and undoes it", () => {
    const edit: Edit = {
      type: "setCell",
      indicatorId: "tv21-2",
      area: "all",
      key: "actual:2021",
      value: { value: 9, status: "final" },
    };
    const r = applyEdit(traVinh2021, edit);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.indicators[1]!.series.all!.actual["2021"]).toEqual({ value: 9, status: "final" });
    expect(apply(r.plan, r.inverse)).toEqual(traVinh2021);
  });

  it.each([
    ["a negative count", "actual:2021", { value: -1, status: "final" }, "negative"],
    ["a fraction of an HTX", "actual:2021", { value: 2.5, status: "final" }, "notWhole"],
    [
      "a range whose minimum exceeds its maximum",
      "total",
      { bound: "range", min: 5, max: 2 },
      "rangeMinOverMax",
    ],
    ["a year outside the programme", "plan:2030", { bound: "exact", value: 1 }, "periodOutsidePlan"],
    ["a half-year in a yearly plan", "actual:2021-H1", { value: 1, status: "final" }, "periodOutsidePlan"],
    ["text", "actual:2021", { value: "mười", status: "final" }, "invalidShape"],
  ])("refuses %s and changes nothing", (_label, key, value, problem) => {
    const r = applyEdit(traVinh2021, {
      type: "setCell",
      indicatorId: "tv21-2",
      area: "all",
      key,
      value: value as never,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.problem).toBe(problem);
  });

  it("refuses a share over 100%", () => {
    const r = applyEdit(traVinh2021, {
      type: "setCell",
      indicatorId: "tv21-5",
      area: "all",
      key: "actual:2022",
      value: { value: 140, status: "final" },
    });
    expect(r.ok ? null : r.error.problem).toBe("shareOver100");
  });

  it("a batch is atomic: one bad cell refuses the whole batch", () => {
    const r = applyEdit(traVinh2021, {
      type: "batch",
      edits: [
        {
          type: "setCell",
          indicatorId: "tv21-2",
          area: "all",
          key: "actual:2021",
          value: { value: 9, status: "final" },
        },
        {
          type: "setCell",
          indicatorId: "tv21-2",
          area: "all",
          key: "actual:2022",
          value: { value: -9, status: "final" },
        },
      ],
    });
    expect(r.ok).toBe(false);
  });

  it("removing the last sub-area keeps its figures for the whole plan, and undo restores them", () => {
    let plan = demoTraVinh;
    const undo: Edit[] = [];
    for (const a of demoTraVinh.subAreas) {
      const r = applyEdit(plan, { type: "removeSubArea", subAreaId: a.id });
      if (!r.ok) throw new Error(r.error.problem);
      plan = r.plan;
      undo.push(r.inverse);
    }
    expect(plan.subAreas).toEqual([]);
    expect(plan.indicators[1]!.series.all!.actual["2021"]!.value).toBe(2); // the last area's
    for (const inv of undo.reverse()) plan = apply(plan, inv);
    expect(plan).toEqual(demoTraVinh);
  });

  it("undo ∘ edit is the identity for any sequence of valid cell edits", () => {
    const ids = traVinh2021.indicators.filter((i) => i.kind === "amount").map((i) => i.id);
    const editArb = fc.record({
      indicatorId: fc.constantFrom(...ids),
      year: fc.integer({ min: 2021, max: 2025 }),
      value: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
      field: fc.constantFrom("plan", "actual"),
    });
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 20 }), (specs) => {
        let plan = traVinh2021;
        const inverses: Edit[] = [];
        for (const s of specs) {
          const value =
            s.value === null
              ? null
              : s.field === "plan"
                ? { bound: "exact" as const, value: s.value }
                : { value: s.value, status: "final" as const };
          const r = applyEdit(plan, {
            type: "setCell",
            indicatorId: s.indicatorId,
            area: "all",
            key: `${s.field}:${s.year}`,
            value,
          });
          if (!r.ok) return false;
          plan = r.plan;
          inverses.push(r.inverse);
        }
        for (const inv of inverses.reverse()) plan = apply(plan, inv);
        expect(plan).toEqual(traVinh2021);
        return true;
      }),
    );
  });

  it("moves, updates and removes indicators and tasks with exact inverses", () => {
    const edits: Edit[] = [
      { type: "moveIndicator", indicatorId: "tv21-9", toIndex: 0 },
      { type: "updateIndicator", indicatorId: "tv21-1", patch: { name: "Tên mới", agency: "Sở Tài chính" } },
      { type: "removeIndicator", indicatorId: "tv21-3" },
      {
        type: "addTask",
        task: {
          id: "t1",
          code: "1",
          title: "Việc",
          agency: "",
          deadline: "2026-06-30",
          status: "notStarted",
          note: "",
          source: "",
        },
        index: 0,
      },
      { type: "setDetails", patch: { title: "Khác", reporting: "halfYearly" } },
    ];
    const r = applyEdit(traVinh2021, { type: "batch", edits });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.indicators[0]!.id).toBe("tv21-9");
    expect(r.plan.tasks).toHaveLength(traVinh2021.tasks.length + 1);
    expect(apply(r.plan, r.inverse)).toEqual(traVinh2021);
  });

  it("refuses a period that would strand recorded figures", () => {
    const r = applyEdit(demoTraVinh, { type: "setDetails", patch: { endYear: 2023 } });
    expect(r.ok ? null : r.error.problem).toBe("dataOutsidePeriod");
  });
});

describe("reserved ids", () => {
  it("refuses a sub-area whose id could pollute an object's prototype in a file", () => {
    for (const id of ["__proto__", "constructor", "prototype"]) {
      const r = applyEdit(traVinh2021, {
        type: "addSubArea",
        subArea: { id, code: "", name: "Xã A", groupId: null },
        index: 0,
      });
      expect(r.ok ? null : r.error.problem).toBe("invalidShape");
    }
  });
});
