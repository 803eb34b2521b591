import { describe, expect, it } from "vitest";
import { applyEdit } from "../../../src/domain/edits";
import { checkPlan } from "../../../src/domain/planChecks";
import { Plan } from "../../../src/domain/schema";
import {
  exportSubArea,
  isSubAreaPart,
  mergeSubArea,
  subAreaDiff,
  subAreaPart,
  subAreaPartTitle,
} from "../../../src/domain/sharing/subAreaExport";
import { traVinh2021 } from "../../../src/templates/traVinh2021";
import { apply, basePlan } from "./fixtures";

function part(areaId: string): Plan {
  const r = exportSubArea(basePlan, areaId);
  if (!r.ok) throw new Error(r.error.reason);
  return r.plan;
}

describe("one sub-area's part of a plan", () => {
  it("is a valid plan with the same id, that one sub-area and only its figures", () => {
    const p = part("cang-long");
    expect(Plan.safeParse(p).success).toBe(true);
    expect(checkPlan(p)).toEqual([]);
    expect(p.id).toBe(basePlan.id);
    expect(p.title).toBe(`${basePlan.title} — Huyện Càng Long`);
    expect(p.subAreas).toEqual([{ id: "cang-long", code: "", name: "Huyện Càng Long", groupId: null }]);
    for (const ind of p.indicators) expect(Object.keys(ind.series)).toEqual(["cang-long"]);
    expect(p.indicators[1]!.series["cang-long"]).toEqual(basePlan.indicators[1]!.series["cang-long"]);
    expect(isSubAreaPart(basePlan, p)).toBe("cang-long");
    expect(isSubAreaPart(basePlan, basePlan)).toBeNull();
  });

  it("written at once (subAreaPart) is the same part, sharing the plan's objects; exported, a copy", () => {
    const shared = subAreaPart(basePlan, "tra-cu");
    if (!shared.ok) throw new Error(shared.error.reason);
    const copy = part("tra-cu");
    expect(shared.plan).toEqual(copy);
    expect(JSON.stringify(shared.plan)).toBe(JSON.stringify(copy));
    const ind = basePlan.indicators[1]!;
    expect(shared.plan.indicators[1]!.series["tra-cu"]).toBe(ind.series["tra-cu"]);
    // The exported part can be changed (a commune fills it in) without touching the plan.
    copy.indicators[1]!.series["tra-cu"]!.actual["2025"] = { value: 999, status: "final" };
    expect(ind.series["tra-cu"]!.actual["2025"]).not.toEqual({ value: 999, status: "final" });
    expect(subAreaPart(basePlan, "nowhere")).toEqual({
      ok: false,
      error: { reason: "unknownArea", areaId: "nowhere" },
    });
  });

  it("refuses an unknown sub-area", () => {
    expect(exportSubArea(basePlan, "nowhere")).toEqual({
      ok: false,
      error: { reason: "unknownArea", areaId: "nowhere" },
    });
  });

  it("keeps a long title within the schema's limit", () => {
    const t = subAreaPartTitle("x".repeat(500), "Xã A");
    expect(t.length).toBe(500);
    expect(t.endsWith("… — Xã A")).toBe(true);
  });

  it("export, change, merge back: only that sub-area changed", () => {
    let back = part("tra-cu");
    back = apply(back, {
      type: "setCell",
      indicatorId: "demo-2",
      area: "tra-cu",
      key: "actual:2025",
      value: { value: 7, status: "final" },
    });
    back = apply(back, {
      type: "setNote",
      indicatorId: "demo-2",
      area: "tra-cu",
      key: "actual:2025",
      note: "Số chính thức",
    });
    // The commune also renamed an indicator and its plan: a part's merge ignores that.
    back = apply(back, { type: "updateIndicator", indicatorId: "demo-1", patch: { name: "Đổi tên" } });
    back = apply(back, { type: "setDetails", patch: { title: "Bản của huyện" } });
    const r = mergeSubArea(basePlan, back, "tra-cu");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.changes.map((c) => c.type).sort()).toEqual(["cell", "note"]);
    expect(r.unknownIndicators).toEqual([]);
    const expected = structuredClone(basePlan);
    const s = expected.indicators[1]!.series["tra-cu"]!;
    s.actual["2025"] = { value: 7, status: "final" };
    s.notes["actual:2025"] = "Số chính thức";
    expect(r.plan).toEqual(expected);
    const applied = applyEdit(basePlan, r.edit);
    expect(applied.ok && applied.plan).toEqual(expected);
  });

  it("a part whose other areas were filled in still changes only its own", () => {
    // A part that someone reshaped into the full plan: figures of other areas are not taken.
    const back = apply(basePlan, {
      type: "setCell",
      indicatorId: "demo-2",
      area: "cang-long",
      key: "actual:2021",
      value: { value: 9, status: "final" },
    });
    const r = mergeSubArea(basePlan, back, "tra-cu");
    expect(r.ok && r.changes).toEqual([]);
    expect(subAreaDiff(basePlan, back, "cang-long")).toHaveLength(1);
  });

  it("keeps cells the planner chose to keep", () => {
    let back = part("tra-cu");
    for (const year of ["2024", "2025"])
      back = apply(back, {
        type: "setCell",
        indicatorId: "demo-2",
        area: "tra-cu",
        key: `actual:${year}`,
        value: { value: 1, status: "final" },
      });
    const items = subAreaDiff(basePlan, back, "tra-cu");
    const keep = items.find((i) => i.type === "cell" && i.key === "actual:2024")!;
    const r = mergeSubArea(basePlan, back, "tra-cu", { all: "file", each: { [keep.id]: "local" } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.plan.indicators[1]!.series["tra-cu"]!;
    expect(s.actual["2024"]).toEqual(basePlan.indicators[1]!.series["tra-cu"]!.actual["2024"]);
    expect(s.actual["2025"]).toEqual({ value: 1, status: "final" });
  });

  it("says which returned indicators the plan no longer has, and takes nothing of theirs", () => {
    const local = apply(basePlan, { type: "removeIndicator", indicatorId: "demo-9" });
    const r = mergeSubArea(local, part("tra-cu"), "tra-cu");
    expect(r.ok && r.unknownIndicators).toEqual(["demo-9"]);
    expect(r.ok && r.plan).toEqual(local);
  });

  it("refuses another plan, or a file without that sub-area", () => {
    expect(mergeSubArea(basePlan, traVinh2021, "tra-cu")).toMatchObject({
      ok: false,
      error: { reason: "differentPlan" },
    });
    expect(mergeSubArea(basePlan, part("cang-long"), "tra-cu")).toMatchObject({
      ok: false,
      error: { reason: "areaNotInFile", areaId: "tra-cu" },
    });
  });

  it("refuses a returned value the model does not allow, and says where", () => {
    const back = structuredClone(part("tra-cu"));
    back.indicators[1]!.series["tra-cu"]!.actual["2022"] = { value: 2.5, status: "final" };
    const r = mergeSubArea(basePlan, back, "tra-cu");
    expect(r).toMatchObject({
      ok: false,
      error: {
        reason: "refused",
        error: { problem: "notWhole", edit: { indicatorId: "demo-2", key: "actual:2022" } },
      },
    });
  });
});

describe("a sub-area in a group", () => {
  it("keeps its group in its part, and only that group", () => {
    const grouped: Plan = {
      ...basePlan,
      subAreaGroups: [
        { id: "nhom-a", name: "Trà Vinh cũ" },
        { id: "nhom-b", name: "Bến Tre cũ" },
      ],
      subAreas: basePlan.subAreas.map((a, i) => ({ ...a, groupId: i === 0 ? "nhom-b" : "nhom-a" })),
    };
    const first = grouped.subAreas[0]!;
    const r = exportSubArea(grouped, first.id);
    if (!r.ok) throw new Error(r.error.reason);
    expect(r.plan.subAreaGroups).toEqual([{ id: "nhom-b", name: "Bến Tre cũ" }]);
    expect(checkPlan(r.plan)).toEqual([]);
  });
});
