import { describe, expect, it } from "vitest";
import { cellDiffs, countByType, diffItemId, planDiff } from "../../../src/domain/sharing/planDiff";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { apply, basePlan } from "./fixtures";

describe("planDiff", () => {
  it("finds nothing between a plan and itself", () => {
    const d = planDiff(basePlan, structuredClone(basePlan));
    expect(d).toEqual({ sameId: true, layoutDiffers: false, items: [] });
  });

  it("lists a changed cell with the local and the file value", () => {
    const file = apply(basePlan, {
      type: "setCell",
      indicatorId: "demo-2",
      area: "tra-cu",
      key: "actual:2025",
      value: { value: 6, status: "final" },
    });
    const cells = cellDiffs(planDiff(basePlan, file));
    expect(cells).toEqual([
      {
        id: diffItemId("cell", "demo-2", "tra-cu", "actual:2025"),
        type: "cell",
        indicatorId: "demo-2",
        area: "tra-cu",
        key: "actual:2025",
        local: { value: 5, status: "estimate" },
        file: { value: 6, status: "final" },
      },
    ]);
  });

  it("sees a value only one side has, and ignores key order", () => {
    const local = apply(basePlan, {
      type: "setCell",
      indicatorId: "demo-1",
      area: "con-lai",
      key: "baseline",
      value: 40,
    });
    const file = structuredClone(basePlan);
    // Same actual written with its keys in another order: not a difference.
    const s = file.indicators[4]!.series["tra-cu"]!;
    const a = s.actual["2021"]!;
    s.actual["2021"] = {
      denominator: a.denominator,
      numerator: a.numerator,
      status: a.status,
      value: a.value,
    };
    const d = planDiff(local, file);
    expect(d.items).toHaveLength(1);
    expect(d.items[0]).toMatchObject({ type: "cell", key: "baseline", local: 40, file: null });
  });

  it("lists notes, indicator fields, added and removed indicators and tasks, details", () => {
    let file = apply(basePlan, {
      type: "setNote",
      indicatorId: "demo-1",
      area: "tra-cu",
      key: "actual:2021",
      note: "Số liệu của Phòng NN",
    });
    file = apply(file, {
      type: "updateIndicator",
      indicatorId: "demo-3",
      patch: { agency: "Liên minh HTX" },
    });
    file = apply(file, { type: "removeIndicator", indicatorId: "demo-9" });
    file = apply(file, {
      type: "addIndicator",
      index: 0,
      indicator: { ...basePlan.indicators[0]!, id: "x-1", code: "0" },
    });
    file = apply(file, { type: "updateTask", taskId: basePlan.tasks[0]!.id, patch: { status: "done" } });
    file = apply(file, { type: "removeTask", taskId: basePlan.tasks[1]!.id });
    file = apply(file, { type: "setDetails", patch: { title: "Bản của xã" } });
    const d = planDiff(basePlan, file);
    expect(countByType(d)).toEqual({
      detail: 1,
      note: 1,
      indicatorField: 1,
      indicatorRemoved: 1,
      indicatorAdded: 1,
      taskField: 1,
      taskRemoved: 1,
    });
    expect(d.items.find((i) => i.type === "indicatorAdded")).toMatchObject({ index: 0 });
    // Item ids are unique: a choice per line needs that.
    expect(new Set(d.items.map((i) => i.id)).size).toBe(d.items.length);
  });

  it("reports sub-areas added, removed, renamed; cells only for the areas both have", () => {
    let file = apply(basePlan, { type: "renameSubArea", subAreaId: "tra-cu", name: "Xã Trà Cú" });
    file = apply(file, { type: "removeSubArea", subAreaId: "con-lai" });
    file = apply(file, {
      type: "addSubArea",
      index: 2,
      subArea: { id: "duyen-hai", code: "", name: "Thị xã Duyên Hải", groupId: null },
    });
    file = apply(file, {
      type: "setCell",
      indicatorId: "demo-1",
      area: "duyen-hai",
      key: "baseline",
      value: 3,
    });
    const d = planDiff(basePlan, file);
    expect(d.layoutDiffers).toBe(false);
    expect(d.items.map((i) => i.type).sort()).toEqual(["subAreaAdded", "subAreaRemoved", "subAreaRenamed"]);
  });

  it("flags plans whose sub-area layouts differ", () => {
    const d = planDiff(traVinh2021, { ...basePlan, id: traVinh2021.id });
    expect(d.layoutDiffers).toBe(true);
    expect(cellDiffs(d)).toEqual([]);
  });

  it("says when the two are not the same plan", () => {
    expect(planDiff(basePlan, traVinh2021).sameId).toBe(false);
  });
});
