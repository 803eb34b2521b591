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
      subArea: { id: `x${i}`, name: item.name },
      index: demoTraVinh.subAreas.length + i,
    }));
    const r = apply(demoTraVinh, { type: "batch", edits });
    expect(r.plan.subAreas).toHaveLength(173);
    expect(r.plan.subAreas[3]?.name).toBe("Xã số 1");
    expect(apply(r.plan, r.inverse).plan).toEqual(demoTraVinh);
  });
});
