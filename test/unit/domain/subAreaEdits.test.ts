import { describe, expect, it } from "vitest";
import { applyEdit, type Edit } from "../../../src/domain/edits";
import type { Plan } from "../../../src/domain/schema";
import { readSubAreaList } from "../../../src/domain/subAreaList";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

function apply(plan: Plan, edit: Edit): { plan: Plan; inverse: Edit } {
  const r = applyEdit(plan, edit);
  if (!r.ok) throw new Error(r.error.problem);
  return r;
}

describe("sub-areas of a province", () => {
  it("moving a sub-area reorders the list and undo puts it back", () => {
    const r = apply(demoTraVinh, { type: "moveSubArea", subAreaId: "con-lai", toIndex: 0 });
    expect(r.plan.subAreas.map((a) => a.id)).toEqual(["con-lai", "tra-cu", "cang-long"]);
    expect(apply(r.plan, r.inverse).plan).toEqual(demoTraVinh);
  });

  it("an indicator put back after its sub-area was removed keeps only the figures of areas the plan has", () => {
    const ind = demoTraVinh.indicators[0]!;
    const gone = apply(demoTraVinh, { type: "removeIndicator", indicatorId: ind.id });
    // Meanwhile (another tab) "con-lai" is removed; then the removal of the indicator is undone.
    const without = apply(gone.plan, { type: "removeSubArea", subAreaId: "con-lai" }).plan;
    const back = apply(without, gone.inverse).plan.indicators[0]!;
    expect(Object.keys(back.series)).toEqual(Object.keys(ind.series).filter((a) => a !== "con-lai"));
    expect(back.series["tra-cu"]).toEqual(ind.series["tra-cu"]);
  });

  it("moving an unknown sub-area is refused", () => {
    const r = applyEdit(demoTraVinh, { type: "moveSubArea", subAreaId: "nowhere", toIndex: 0 });
    expect(r.ok || r.error.problem).toBe("unknownArea");
  });

  it("a pasted list of 170 communes is one edit, undone at once", () => {
    const text = Array.from({ length: 170 }, (_, i) => `Xã số ${i + 1}`).join("\n");
    const list = readSubAreaList(
      text,
      demoTraVinh.subAreas.map((a) => a.name),
    );
    if (!list.ok) throw new Error("list refused");
    const edits: Edit[] = list.items.map((item, i) => ({
      type: "addSubArea",
      subArea: { id: `x${i}`, code: item.code, name: item.name, groupId: null },
      index: demoTraVinh.subAreas.length + i,
    }));
    const r = apply(demoTraVinh, { type: "batch", edits });
    expect(r.plan.subAreas).toHaveLength(173);
    expect(r.plan.subAreas[3]?.name).toBe("Xã số 1");
    expect(apply(r.plan, r.inverse).plan).toEqual(demoTraVinh);
  });

  it("groups of sub-areas: added, assigned and removed with their members in one edit, all undone", () => {
    const groups = [
      { id: "ben-tre", name: "Bến Tre cũ" },
      { id: "tra-vinh", name: "Trà Vinh cũ" },
    ];
    const a = apply(demoTraVinh, { type: "setSubAreaGroups", groups });
    const b = apply(a.plan, {
      type: "updateSubArea",
      subAreaId: "tra-cu",
      patch: { groupId: "tra-vinh", code: "842" },
    });
    expect(b.plan.subAreas[0]).toMatchObject({ groupId: "tra-vinh", code: "842", name: "Huyện Trà Cú" });
    // A group that still holds sub-areas cannot simply go…
    const refused = applyEdit(b.plan, { type: "setSubAreaGroups", groups: groups.slice(0, 1) });
    expect(refused.ok || refused.error.problem).toBe("unknownArea");
    // …its members leave it in the same edit.
    const c = apply(b.plan, {
      type: "batch",
      edits: [
        { type: "updateSubArea", subAreaId: "tra-cu", patch: { groupId: null } },
        { type: "setSubAreaGroups", groups: groups.slice(0, 1) },
      ],
    });
    expect(c.plan.subAreaGroups).toEqual(groups.slice(0, 1));
    expect(c.plan.subAreas[0]?.groupId).toBeNull();
    expect(apply(c.plan, c.inverse).plan).toEqual(b.plan);
    expect(apply(b.plan, b.inverse).plan).toEqual(a.plan);
    expect(apply(a.plan, a.inverse).plan).toEqual(demoTraVinh);
  });

  it("unknown groups, duplicate group ids and empty names are refused", () => {
    const bad = (edit: Edit) => {
      const r = applyEdit(demoTraVinh, edit);
      return r.ok ? "ok" : r.error.problem;
    };
    expect(bad({ type: "updateSubArea", subAreaId: "tra-cu", patch: { groupId: "nowhere" } })).toBe(
      "unknownArea",
    );
    expect(
      bad({
        type: "setSubAreaGroups",
        groups: [
          { id: "g", name: "A" },
          { id: "g", name: "B" },
        ],
      }),
    ).toBe("duplicateId");
    expect(bad({ type: "setSubAreaGroups", groups: [{ id: "g", name: " " }] })).toBe("invalidShape");
    expect(bad({ type: "updateSubArea", subAreaId: "tra-cu", patch: { code: "x".repeat(21) } })).toBe(
      "invalidShape",
    );
  });
});
