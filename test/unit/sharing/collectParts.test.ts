// Collecting returned parts in steps (the page answering between files) gives exactly what
// collecting them in one go gives.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../../src/domain/schema";
import { collectParts, collectPartsInSteps } from "../../../src/domain/sharing/collectParts";
import { exportSubArea } from "../../../src/domain/sharing/subAreaExport";
import { basePlan } from "./fixtures";

function part(areaId: string, value: number): Plan {
  const r = exportSubArea(basePlan, areaId);
  if (!r.ok) throw new Error(r.error.reason);
  const ind = r.plan.indicators.find((i) => i.series[areaId]);
  if (!ind) throw new Error("no series");
  ind.series[areaId]!.actual["2025"] = { value, status: "final" };
  return r.plan;
}

describe("collecting returned parts", () => {
  const [a, b] = basePlan.subAreas;
  const files = [
    { name: "a.htxplan.json", plan: part(a!.id, 71) },
    { name: "b.htxplan.json", plan: part(b!.id, 72) },
    { name: "a-again.htxplan.json", plan: part(a!.id, 73) },
    { name: "other.htxplan.json", plan: { ...part(b!.id, 74), id: "another-plan" } },
    { name: "whole.htxplan.json", plan: basePlan },
  ];

  it("in steps is the same as in one go, pausing after each file", async () => {
    const once = collectParts(basePlan, files);
    let pauses = 0;
    const steps = await collectPartsInSteps(basePlan, files, async () => {
      pauses += 1;
    });
    expect(steps).toEqual(once);
    expect(pauses).toBe(files.length);
    expect(once.returned.map((r) => [r.file, r.changed])).toEqual([
      ["a.htxplan.json", 1],
      ["b.htxplan.json", 1],
    ]);
    expect(once.refused).toEqual([
      { file: "a-again.htxplan.json", reason: "sameAreaTwice" },
      { file: "other.htxplan.json", reason: "differentPlan" },
      { file: "whole.htxplan.json", reason: "notAPart" },
    ]);
    expect(once.missing).toEqual(basePlan.subAreas.slice(2).map((x) => x.id));
    expect(once.edit.type === "batch" && once.edit.edits).toHaveLength(2);
  });
});
