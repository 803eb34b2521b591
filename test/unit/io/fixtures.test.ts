// The files of every released format version open in this version, and the current version's
// fixture is exactly what the writer writes today.
import { describe, expect, it } from "vitest";
import { checkPlan } from "../../../src/domain/planChecks";
import {
  APP_VERSION,
  CURRENT_FORMAT_VERSION,
  planFileName,
  readPlanFile,
  writePlanFile,
} from "../../../src/io";

// Read as text by Vite (`?raw`), so the test runs without Node's fs (the unit tests are typed for the
// browser); the reader gets bytes, as from a File.
const FIXTURES = import.meta.glob<string>("../../fixtures/*.htxplan.json", {
  query: "?raw",
  import: "default",
  eager: true,
});
const files = Object.keys(FIXTURES).map((path) => path.replace("../../fixtures/", ""));
const text = (name: string): string => FIXTURES[`../../fixtures/${name}`] as string;
const bytes = (name: string): Uint8Array => new TextEncoder().encode(text(name));

describe("fixtures of every released format version", () => {
  it.each(files)("%s opens", (name) => {
    const version = Number(/plan-v(\d+)/.exec(name)?.[1]);
    const r = readPlanFile(bytes(name));
    expect(r.ok ? null : r.error).toBeNull();
    if (!r.ok) return;
    expect(r.fromVersion).toBe(version);
    expect(r.file.formatVersion).toBe(version);
    expect(checkPlan(r.plan)).toEqual([]);
  });

  it("version 1 holds what its README says", () => {
    const r = readPlanFile(bytes("plan-v1.htxplan.json"));
    if (!r.ok) throw new Error(r.error.kind);
    const p = r.plan;
    expect([p.province, p.reporting, p.startYear, p.endYear, p.subAreas.length, p.tasks.length]).toEqual([
      "old:ben-tre",
      "halfYearly",
      2021,
      2023,
      2,
      2,
    ]);
    expect(new Set(p.indicators.map((i) => i.kind))).toEqual(new Set(["amount", "level", "share", "growth"]));
    const bounds = new Set(
      p.indicators.flatMap((i) =>
        Object.values(i.series).flatMap((s) => [
          s.total?.bound,
          ...Object.values(s.plan).map((t) => t.bound),
        ]),
      ),
    );
    for (const b of ["exact", "atLeast", "moreThan", "atMost", "about", "range"]) expect(bounds).toContain(b);
    expect(planFileName(p)).toBe("ben-tre-2021-2023-minh-hoa.htxplan.json");
  });

  it("version 2 holds what its README says", () => {
    const r = readPlanFile(bytes("plan-v2.htxplan.json"));
    if (!r.ok) throw new Error(r.error.kind);
    const p = r.plan;
    expect(p.statusBasis).toBe("planShare");
    expect(p.subAreaGroups.map((g) => g.name)).toEqual(["Bến Tre cũ", "Trà Vinh cũ"]);
    expect(p.subAreas.map((a) => [a.code, a.name, a.groupId])).toEqual([
      ["28756", "Xã An Phú", "ben-tre-cu"],
      ["", "Phường 1", null],
    ]);
    const growth = p.indicators.find((i) => i.kind === "growth")!;
    expect(Object.values(growth.series).some((s) => s.total?.bound === "range" && s.total.about)).toBe(true);
  });

  it("the current version's fixture is what the writer writes, byte for byte", () => {
    const current = text(`plan-v${CURRENT_FORMAT_VERSION}.htxplan.json`);
    const r = readPlanFile(current);
    if (!r.ok) throw new Error(r.error.kind);
    const again = writePlanFile(r.plan, new Date(r.file.exportedAt));
    expect(again).toBe(current.replace(`"version": "${r.file.appVersion}"`, `"version": "${APP_VERSION}"`));
  });
});
