// Step 1 → 2: sub-area groups and codes, the plan's status basis, approximate ranges.
import { describe, expect, it } from "vitest";
import { checkPlan } from "../../../../src/domain/planChecks";
import { readPlanFile } from "../../../../src/io";
import { migrate, type RawFile } from "../../../../src/io/migrations";
import { subAreaGroupsAndStatusBasis } from "../../../../src/io/migrations/001-sub-area-groups-status-basis";

const FIXTURES = import.meta.glob<string>("../../../fixtures/plan-v1.htxplan.json", {
  query: "?raw",
  import: "default",
  eager: true,
});
const v1Text = Object.values(FIXTURES)[0] as string;
const v1 = (): RawFile => JSON.parse(v1Text) as RawFile;

describe("format v1 → v2", () => {
  it("the v1 fixture opens with the defaults of v2 and nothing else changed", () => {
    const r = readPlanFile(new TextEncoder().encode(v1Text));
    if (!r.ok) throw new Error(r.error.kind);
    expect(r.fromVersion).toBe(1);
    expect(r.plan.statusBasis).toBe("gain");
    expect(r.plan.subAreaGroups).toEqual([]);
    expect(r.plan.subAreas).toEqual([
      { id: "xa-an-phu", code: "", name: "Xã An Phú", groupId: null },
      { id: "phuong-1", code: "", name: "Phường 1", groupId: null },
    ]);
    const raw = v1().plan as RawFile;
    expect(r.plan.indicators).toEqual(raw.indicators);
    expect(r.plan.tasks).toEqual(raw.tasks);
    expect(checkPlan(r.plan)).toEqual([]);
  });

  it("ranges of v1 stay exact ranges: no `about` is added", () => {
    const r = readPlanFile(new TextEncoder().encode(v1Text));
    if (!r.ok) throw new Error(r.error.kind);
    const ranges = r.plan.indicators.flatMap((i) =>
      Object.values(i.series).flatMap((s) => [s.total, ...Object.values(s.plan)]),
    );
    expect(ranges.filter((t) => t?.bound === "range").length).toBeGreaterThan(0);
    expect(ranges.some((t) => t && "about" in t)).toBe(false);
  });

  it("stamps version 2 through the chain", () => {
    const r = migrate(v1(), 1, 2);
    expect(r.ok && r.file.formatVersion).toBe(2);
  });

  it("a plan without sub-areas gets an empty group list and keeps its sub-area list empty", () => {
    const file = v1();
    (file.plan as RawFile).subAreas = [];
    const out = subAreaGroupsAndStatusBasis.up(file).plan as RawFile;
    expect(out.subAreas).toEqual([]);
    expect(out.subAreaGroups).toEqual([]);
  });

  it("leaves what is not a plan for validation to name, without throwing", () => {
    for (const plan of [null, 5, "x", [1, 2]]) {
      expect(subAreaGroupsAndStatusBasis.up({ plan }).plan).toEqual(plan);
    }
    const file = v1();
    (file.plan as RawFile).subAreas = [null, "Xã A"];
    expect((subAreaGroupsAndStatusBasis.up(file).plan as RawFile).subAreas).toEqual([null, "Xã A"]);
    expect(readPlanFile(JSON.stringify(file)).ok).toBe(false);
  });

  it("does not overwrite fields already present (a file written by a newer converter)", () => {
    const file = v1();
    const plan = file.plan as RawFile;
    plan.statusBasis = "planShare";
    plan.subAreas = [{ id: "a", code: "123", name: "A", groupId: "g" }];
    plan.subAreaGroups = [{ id: "g", name: "G" }];
    const out = subAreaGroupsAndStatusBasis.up(file).plan as RawFile;
    expect(out.statusBasis).toBe("planShare");
    expect(out.subAreas).toEqual([{ id: "a", code: "123", name: "A", groupId: "g" }]);
    expect(out.subAreaGroups).toEqual([{ id: "g", name: "G" }]);
  });
});
