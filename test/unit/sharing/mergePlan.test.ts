import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCell } from "../../../src/domain/cells";
import { applyEdit } from "../../../src/domain/edits";
import type { Plan } from "../../../src/domain/schema";
import { type MergeChoices, chosenSide, mergePlan } from "../../../src/domain/sharing/mergePlan";
import { type DiffItem, planDiff } from "../../../src/domain/sharing/planDiff";
import { sameCell, sameData } from "../../../src/domain/sharing/sameValue";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { apply, basePlan, content, twoVersionsArb } from "./fixtures";

function merged(local: Plan, file: Plan, choices: MergeChoices) {
  const r = mergePlan(local, file, planDiff(local, file), choices);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
}

/** Whether `result` shows, for this difference, the value of `side`. */
function shows(result: Plan, item: DiffItem, side: "local" | "file"): boolean {
  const ind = (id: string) => result.indicators.find((i) => i.id === id);
  const task = (id: string) => result.tasks.find((t) => t.id === id);
  switch (item.type) {
    case "cell":
      return sameCell(getCell(ind(item.indicatorId)?.series[item.area], item.key), item[side]);
    case "note":
      return (ind(item.indicatorId)?.series[item.area]?.notes[item.key] ?? null) === item[side];
    case "indicatorField":
      return sameData(ind(item.indicatorId)?.[item.field], item[side]);
    case "indicatorAdded":
      return Boolean(ind(item.indicator.id)) === (side === "file");
    case "indicatorRemoved":
      return Boolean(ind(item.indicator.id)) === (side === "local");
    case "taskField":
      return sameData(task(item.taskId)?.[item.field], item[side]);
    case "taskAdded":
      return Boolean(task(item.task.id)) === (side === "file");
    case "taskRemoved":
      return Boolean(task(item.task.id)) === (side === "local");
    case "detail":
      return sameData(result[item.field], item[side]);
    case "subAreaAdded":
      return result.subAreas.some((a) => a.id === item.subArea.id) === (side === "file");
    case "subAreaRemoved":
      return result.subAreas.some((a) => a.id === item.subArea.id) === (side === "local");
    case "subAreaRenamed":
      return result.subAreas.find((a) => a.id === item.subAreaId)?.name === item[side];
  }
}

describe("mergePlan", () => {
  it("all from file makes the local plan equal to the file; all local changes nothing", () => {
    fc.assert(
      fc.property(twoVersionsArb, ({ local, file }) => {
        const fromFile = merged(local, file, { all: "file" });
        expect(sameData(content(fromFile.plan), content(file))).toBe(true);
        const kept = merged(local, file, { all: "local" });
        expect(kept.edit).toEqual({ type: "batch", edits: [] });
        expect(kept.plan).toEqual(local);
      }),
      { numRuns: 60 },
    );
  });

  it("applying the one batch edit gives exactly the chosen value of every difference", () => {
    const arb = twoVersionsArb.chain(({ local, file }) => {
      const diff = planDiff(local, file);
      return fc
        .tuple(
          fc.constantFrom("local" as const, "file" as const),
          fc.array(fc.constantFrom("local" as const, "file" as const), {
            minLength: diff.items.length,
            maxLength: diff.items.length,
          }),
        )
        .map(([all, sides]) => {
          const each: Record<string, "local" | "file"> = {};
          diff.items.forEach((item, i) => {
            if (i % 3 !== 0) each[item.id] = sides[i] as "local" | "file";
          });
          return { local, file, diff, choices: { all, each } satisfies MergeChoices };
        });
    });
    fc.assert(
      fc.property(arb, ({ local, file, diff, choices }) => {
        const r = mergePlan(local, file, diff, choices);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        // The batch applied by the one edit path gives the same plan.
        const applied = applyEdit(local, r.edit);
        expect(applied.ok && applied.plan).toEqual(r.plan);
        for (const item of diff.items) expect(shows(r.plan, item, chosenSide(choices, item))).toBe(true);
        // Cells that did not differ are as they were.
        for (const ind of r.plan.indicators) {
          const before = local.indicators.find((i) => i.id === ind.id);
          const other = file.indicators.find((i) => i.id === ind.id);
          if (!before || !other) continue;
          for (const [area, s] of Object.entries(before.series)) {
            for (const key of ["baseline", "total", "plan:2023", "actual:2024"]) {
              if (sameCell(getCell(s, key), getCell(other.series[area], key)))
                expect(sameCell(getCell(ind.series[area], key), getCell(s, key))).toBe(true);
            }
          }
        }
        // One undo step restores the local plan.
        if (applied.ok) expect(apply(applied.plan, applied.inverse)).toEqual(local);
      }),
      { numRuns: 80 },
    );
  });

  it("takes sub-areas the file added, with their figures, and drops the ones it removed", () => {
    let file = apply(basePlan, { type: "removeSubArea", subAreaId: "con-lai" });
    file = apply(file, {
      type: "addSubArea",
      index: 2,
      subArea: { id: "duyen-hai", code: "", name: "Thị xã Duyên Hải", groupId: null },
    });
    file = apply(file, {
      type: "setCell",
      indicatorId: "demo-2",
      area: "duyen-hai",
      key: "actual:2021",
      value: { value: 2, status: "final" },
    });
    const r = merged(basePlan, file, { all: "file" });
    expect(r.plan.subAreas.map((a) => a.id)).toEqual(["tra-cu", "cang-long", "duyen-hai"]);
    expect(r.plan.indicators[1]!.series["duyen-hai"]!.actual["2021"]).toEqual({ value: 2, status: "final" });
    expect(r.plan.indicators[1]!.series["con-lai"]).toBeUndefined();
  });

  it("widens the period before taking figures of new years", () => {
    let file = apply(basePlan, { type: "setDetails", patch: { endYear: 2026 } });
    file = apply(file, {
      type: "setCell",
      indicatorId: "demo-2",
      area: "tra-cu",
      key: "plan:2026",
      value: { bound: "exact", value: 4 },
    });
    const r = merged(basePlan, file, { all: "file" });
    expect(r.plan.endYear).toBe(2026);
    expect(r.plan.indicators[1]!.series["tra-cu"]!.plan["2026"]).toEqual({ bound: "exact", value: 4 });
  });

  it("switches to half-years before taking half-year figures", () => {
    let file = apply(traVinh2021, { type: "setDetails", patch: { reporting: "halfYearly" } });
    file = apply(file, {
      type: "setCell",
      indicatorId: "tv21-2",
      area: "all",
      key: "actual:2021-H1",
      value: { value: 4, status: "final" },
    });
    const r = merged(traVinh2021, file, { all: "file" });
    expect(r.plan.reporting).toBe("halfYearly");
    expect(r.plan.indicators[1]!.series.all!.actual["2021-H1"]).toEqual({ value: 4, status: "final" });
    // And back: the halves are cleared before the plan returns to yearly reporting.
    expect(merged(r.plan, traVinh2021, { all: "file" }).plan).toEqual(traVinh2021);
  });

  it("shrinks the period after clearing the figures the file no longer has", () => {
    const local = apply(basePlan, { type: "setDetails", patch: { endYear: 2026 } });
    const withFig = apply(local, {
      type: "setCell",
      indicatorId: "demo-2",
      area: "tra-cu",
      key: "plan:2026",
      value: { bound: "exact", value: 4 },
    });
    const r = merged(withFig, basePlan, { all: "file" });
    expect(r.plan.endYear).toBe(2025);
    expect(r.plan.indicators[1]!.series["tra-cu"]!.plan["2026"]).toBeUndefined();
  });

  it("refuses a choice that would strand figures outside the chosen period", () => {
    const local = apply(basePlan, { type: "setDetails", patch: { endYear: 2026 } });
    const withFig = apply(local, {
      type: "setCell",
      indicatorId: "demo-2",
      area: "tra-cu",
      key: "plan:2026",
      value: { bound: "exact", value: 4 },
    });
    // The file says 2021–2025, but the local 2026 figure is kept: the period cannot shrink.
    const diff = planDiff(withFig, basePlan);
    const keep2026 = diff.items.find((i) => i.type === "cell" && i.key === "plan:2026")!;
    const r = mergePlan(withFig, basePlan, diff, { all: "file", each: { [keep2026.id]: "local" } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ reason: "refused", error: { problem: "dataOutsidePeriod" } });
  });

  it("refuses kept values that the file's new unit does not allow, naming the place", () => {
    const local = apply(basePlan, {
      type: "setCell",
      indicatorId: "demo-4",
      area: "tra-cu",
      key: "baseline",
      value: 4200,
    });
    const file = apply(basePlan, {
      type: "updateIndicator",
      indicatorId: "demo-4",
      patch: { unit: "percent", kind: "share" },
    });
    const r = mergePlan(local, file, planDiff(local, file), { all: "file" });
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.reason === "invalidResult") {
      expect(r.error.problems[0]).toMatchObject({ code: "shareOver100", indicator: "4", area: "tra-cu" });
    } else expect.unreachable(JSON.stringify(r));
  });

  it("refuses another plan, and a file whose sub-area layout differs", () => {
    const other = mergePlan(basePlan, traVinh2021, planDiff(basePlan, traVinh2021), { all: "file" });
    expect(!other.ok && other.error.reason).toBe("differentPlan");
    const flat = { ...traVinh2021, id: basePlan.id };
    const layout = mergePlan(flat, basePlan, planDiff(flat, basePlan), { all: "file" });
    expect(!layout.ok && layout.error.reason).toBe("layoutDiffers");
    // Keeping the local sub-area layout, the rest of the file can still be taken.
    const d = planDiff(flat, basePlan);
    const each = Object.fromEntries(
      d.items.filter((i) => i.type === "subAreaAdded").map((i) => [i.id, "local" as const]),
    );
    expect(mergePlan(flat, basePlan, d, { all: "file", each }).ok).toBe(true);
  });
});
