import { describe, expect, it } from "vitest";
import { generatePlan } from "../../../src/bench/generatePlan";
import { writePlanFile } from "../../../src/io";
import { buildPlanFileJsonSchema, planFileJsonSchemaText } from "../../../src/io/jsonSchema";
import { TEMPLATES } from "../../../src/templates";
import { validate } from "./miniJsonSchema";

import published from "../../../public/htxplan.schema.json?raw";
import fixture from "../../fixtures/plan-v2.htxplan.json?raw";

const schema = JSON.parse(published) as Record<string, unknown>;

describe("the published JSON Schema (public/htxplan.schema.json)", () => {
  it("is what the zod schema generates today — if not, run `npm run schema`", () => {
    expect(published).toBe(planFileJsonSchemaText());
  });

  it("is generated despite the refinements zod cannot express, and names its parts", () => {
    const s = buildPlanFileJsonSchema();
    expect(s.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(s.$defs as object)).toEqual(
      expect.arrayContaining(["Plan", "Indicator", "Series", "Target", "Actual", "Task", "SubArea"]),
    );
    expect(s.description).toMatch(/finite/);
  });

  it("accepts the fixture, the templates and a generated plan as files", () => {
    expect(validate(schema, JSON.parse(fixture))).toEqual([]);
    const now = new Date("2026-01-01T00:00:00Z");
    for (const t of TEMPLATES)
      expect(validate(schema, JSON.parse(writePlanFile(t, now))), t.title).toEqual([]);
    const big = generatePlan({ indicators: 8, years: 3, subAreas: 2, reporting: "halfYearly" });
    expect(validate(schema, JSON.parse(writePlanFile(big, now)))).toEqual([]);
  });

  it("refuses what the reader refuses for its shape", () => {
    const file = JSON.parse(fixture);
    file.plan.indicators[0].unit = "cái";
    file.plan.indicators[1].series["xa-an-phu"].plan["20x1"] = { bound: "exact", value: 1 };
    file.plan.tasks[0].owner = "?";
    file.formatVersion = 3;
    expect(validate(schema, file)).toEqual([
      "$.formatVersion: const",
      "$.plan.indicators[0].unit: enum",
      '$.plan.indicators[1].series["xa-an-phu"].plan key "20x1": pattern',
      "$.plan.tasks[0]: additional property owner",
    ]);
  });
});
