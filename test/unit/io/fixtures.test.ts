// The files of every released format version open in this version, and the current version's
// fixture is exactly what the writer writes today.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkPlan } from "../../../src/domain/planChecks";
import {
  APP_VERSION,
  CURRENT_FORMAT_VERSION,
  planFileName,
  readPlanFile,
  writePlanFile,
} from "../../../src/io";

const dir = new URL("../../fixtures/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".htxplan.json"));

describe("fixtures of every released format version", () => {
  it.each(files)("%s opens", (name) => {
    const bytes = readFileSync(new URL(name, dir));
    const version = Number(/plan-v(\d+)/.exec(name)?.[1]);
    const r = readPlanFile(bytes);
    expect(r.ok ? null : r.error).toBeNull();
    if (!r.ok) return;
    expect(r.fromVersion).toBe(version);
    expect(r.file.formatVersion).toBe(version);
    expect(checkPlan(r.plan)).toEqual([]);
  });

  it("version 1 holds what its README says", () => {
    const r = readPlanFile(readFileSync(new URL("plan-v1.htxplan.json", dir)));
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

  it("the current version's fixture is what the writer writes, byte for byte", () => {
    const text = readFileSync(new URL(`plan-v${CURRENT_FORMAT_VERSION}.htxplan.json`, dir), "utf8");
    const r = readPlanFile(text);
    if (!r.ok) throw new Error(r.error.kind);
    const again = writePlanFile(r.plan, new Date(r.file.exportedAt));
    expect(again).toBe(text.replace(`"version": "${r.file.appVersion}"`, `"version": "${APP_VERSION}"`));
  });
});
