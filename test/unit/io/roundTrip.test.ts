import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../../src/bench/generatePlan";
import { checkPlan } from "../../../src/domain/planChecks";
import { Plan } from "../../../src/domain/schema";
import { CURRENT_FORMAT_VERSION, readPlanFile, writePlanFile } from "../../../src/io";
import { TEMPLATES } from "../../../src/templates";
import { arbPlan } from "./arbitraries";

const NOW = new Date("2026-03-01T02:03:04.005Z");

function readBack(plan: Plan) {
  const text = writePlanFile(plan, NOW);
  const fromText = readPlanFile(text);
  const fromBytes = readPlanFile(new TextEncoder().encode(text));
  return { fromText, fromBytes };
}

describe("written and read back", () => {
  it("the arbitrary makes valid plans", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const parsed = Plan.safeParse(plan);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(checkPlan(plan)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("every valid plan is identical after writing and reading, from text and from bytes", () => {
    fc.assert(
      fc.property(arbPlan(), (plan) => {
        const { fromText, fromBytes } = readBack(plan);
        expect(fromText).toMatchObject({ ok: true, fromVersion: CURRENT_FORMAT_VERSION, warnings: [] });
        expect(fromText.ok && fromText.plan).toEqual(plan);
        expect(fromBytes.ok && fromBytes.plan).toEqual(plan);
      }),
      { numRuns: 300 },
    );
  });

  it.each(TEMPLATES.map((t) => [t.templateId, t] as const))(
    "the template %s round-trips",
    (_id, template) => {
      const { fromBytes } = readBack(template);
      expect(fromBytes.ok && fromBytes.plan).toEqual(template);
    },
  );

  it("a generated half-yearly plan with sub-areas round-trips", () => {
    const plan = generatePlan({
      indicators: 12,
      years: 4,
      subAreas: 5,
      reporting: "halfYearly",
      yearsWithActuals: 3,
    });
    expect(readBack(plan).fromBytes).toMatchObject({ ok: true, plan });
  });

  it("reports who wrote the file and when", () => {
    const r = readPlanFile(writePlanFile(TEMPLATES[0]!, NOW));
    expect(r.ok && r.file).toEqual({
      formatVersion: CURRENT_FORMAT_VERSION,
      appName: "HTX Plan",
      appVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
      exportedAt: "2026-03-01T02:03:04.005Z",
    });
  });
});
