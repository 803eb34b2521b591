// Accepted proposals become ONE edit: applied, the plan holds the indicators (in their groups, with
// their figures) and the tasks; its inverse takes them all away.
import { describe, expect, it } from "vitest";
import { applyEdit } from "../../../src/domain/edits";
import { readTargetsFromText } from "../../../src/domain/textTargets";
import { acceptedEdit } from "../../../src/domain/textTargets/toEdit";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { SEED_TEXTS } from "../../fixtures/seed-texts";
import { checkPlan } from "../../../src/domain/planChecks";

let n = 0;
const newId = () => `new-${++n}`;

describe("targets from text: accepting", () => {
  const plan = { ...traVinh2021, indicators: traVinh2021.indicators.slice(0, 2), tasks: [] };
  const r = readTargetsFromText(SEED_TEXTS["tra-vinh-2021-2025"] ?? "", plan);
  if (!r.ok) throw new Error("not read");
  const { indicators, tasks } = r.reading;

  it("is one batch edit that adds every indicator with its figures and every task, and undoes in one step", () => {
    const edit = acceptedEdit(plan, indicators, tasks, newId, () => "");
    expect(edit?.type).toBe("batch");
    const applied = applyEdit(plan, edit!);
    if (!applied.ok) throw new Error(applied.error.problem);
    const next = applied.plan;
    expect(next.indicators).toHaveLength(2 + indicators.length);
    expect(next.tasks).toHaveLength(tasks.length);
    expect(checkPlan(next)).toEqual([]);
    const tht = next.indicators.find((i) => i.unit === "tht" && i.id.startsWith("new-"));
    expect(tht?.series.all?.total).toEqual({ bound: "atLeast", value: 250 });
    expect(tht?.series.all?.plan["2023"]).toEqual({ bound: "exact", value: 50 });
    expect(tht?.code).toBe("3");
    expect(tht?.source).toMatch(/^Quyết định 298\/QĐ-UBND: "/);
    // In their groups: the new ones of the plan's own group follow its indicators.
    expect(next.indicators.slice(0, 2)).toEqual(plan.indicators);
    const undone = applyEdit(next, applied.inverse);
    expect(undone.ok && undone.plan).toEqual(plan);
  });

  it("with sub-areas, the figures go to the note (the whole plan is the sum of its sub-areas)", () => {
    const withAreas = {
      ...plan,
      indicators: [],
      subAreas: [{ id: "a", code: "", name: "Xã A", groupId: null }],
    };
    const edit = acceptedEdit(withAreas, indicators.slice(0, 1), [], newId, () => "Theo văn bản: ≥ 250.");
    const applied = applyEdit(withAreas, edit!);
    if (!applied.ok) throw new Error(applied.error.problem);
    expect(applied.plan.indicators[0]?.series).toEqual({});
    expect(applied.plan.indicators[0]?.note).toContain("Theo văn bản: ≥ 250.");
  });

  it("nothing taken, no edit", () => {
    expect(acceptedEdit(plan, [], [], newId, () => "")).toBeNull();
  });
});
