import { describe, expect, it } from "vitest";
import { applyEdit, type Edit } from "../../../src/domain/edits";
import type { Plan } from "../../../src/domain/schema";
import { layReplaced } from "../../../src/storage/waitingReplace";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

function apply(plan: Plan, edit: Edit): Plan {
  const r = applyEdit(plan, edit);
  if (!r.ok) throw new Error(r.error.problem);
  return r.plan;
}

const before = demoTraVinh;
const [first, second] = before.subAreas;
const ind = before.indicators[0]!;

/** The file imported over `before`: notes and one sub-area's name changed, the last indicator gone. */
const file: Plan = {
  ...structuredClone(before),
  notes: "Theo tệp của Sở",
  subAreas: before.subAreas.map((a) => (a.id === second!.id ? { ...a, name: "Tên theo tệp" } : a)),
  indicators: structuredClone(before.indicators.slice(0, -1)),
};

describe("a whole plan written while the other tab changed the plan (shown while it waits)", () => {
  it("shows what the file changed, and keeps what the other tab changed elsewhere", () => {
    // The other tab, meanwhile: a new title, the first sub-area renamed, a value typed.
    const now = apply(before, {
      type: "batch",
      edits: [
        { type: "setDetails", patch: { title: "Tên mới của tab kia" } },
        { type: "renameSubArea", subAreaId: first!.id, name: "Đổi ở tab kia" },
        { type: "setCell", indicatorId: ind.id, area: first!.id, key: "baseline", value: 77 },
      ],
    });
    const shown = layReplaced(now, before, file);
    expect(shown.title).toBe("Tên mới của tab kia");
    expect(shown.notes).toBe("Theo tệp của Sở");
    expect(shown.subAreas.map((a) => a.name)).toEqual([
      "Đổi ở tab kia",
      "Tên theo tệp",
      ...before.subAreas.slice(2).map((a) => a.name),
    ]);
    expect(shown.indicators.map((i) => i.id)).toEqual(file.indicators.map((i) => i.id));
    // The indicator the file left as it was shows the other tab's value.
    expect(shown.indicators[0]!.series[first!.id]!.baseline).toBe(77);
  });

  it("keeps no figures in a sub-area the other tab removed", () => {
    const now = apply(before, { type: "removeSubArea", subAreaId: second!.id });
    const changed = structuredClone(file);
    changed.indicators[0]!.series[second!.id]!.baseline = 5;
    const shown = layReplaced(now, before, changed);
    expect(shown.subAreas.map((a) => a.id)).not.toContain(second!.id);
    for (const i of shown.indicators) expect(Object.keys(i.series)).not.toContain(second!.id);
  });

  it("is the file itself when nothing else changed", () => {
    const shown = layReplaced(before, before, file);
    expect(JSON.parse(JSON.stringify(shown))).toEqual(JSON.parse(JSON.stringify(file)));
  });
});
