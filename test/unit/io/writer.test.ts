import { describe, expect, it } from "vitest";
import { readPlanFile, planFileName, writePlanFile, encodePlanFile } from "../../../src/io";
import { TEMPLATES } from "../../../src/templates";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

const NOW = new Date("2026-02-03T04:05:06.007Z");

describe("writing a plan file", () => {
  it("puts the envelope first, pretty-printed with 2 spaces and a final newline", () => {
    const text = writePlanFile(traVinh2021, NOW);
    expect(
      text.startsWith(
        '{\n  "format": "htx-plan",\n  "formatVersion": 2,\n  "app": {\n    "name": "HTX Plan",',
      ),
    ).toBe(true);
    expect(text).toContain('"exportedAt": "2026-02-03T04:05:06.007Z",\n  "plan": {\n    "id": ');
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain("Trà Vinh"); // text as text, not \u escapes: a planner can read the file
  });

  it("writes text in NFC, and reading warns when a file was not", () => {
    const decomposed = "Tra\u0300 Vinh"; // "Trà" with a combining grave, as a Mac may type it
    const plan = { ...traVinh2021, title: decomposed, subAreas: [] };
    const text = writePlanFile(plan, NOW);
    expect(text).toContain('"title": "Trà Vinh"');
    expect(text).not.toContain("\u0300");
    const sneaky = text.replace('"title": "Trà Vinh"', `"title": "Tra\\u0300 Vinh"`);
    const r = readPlanFile(sneaky);
    expect(r).toMatchObject({ ok: true, warnings: [{ kind: "textNormalized", count: 1 }] });
    expect(r.ok && r.plan.title).toBe("Trà Vinh");
  });

  it("keeps <script> and quotes as text", () => {
    const plan = { ...traVinh2021, title: '<script>alert("x")</script>' };
    const r = readPlanFile(encodePlanFile(writePlanFile(plan, NOW)));
    expect(r.ok && r.plan.title).toBe('<script>alert("x")</script>');
  });

  it("names the file after the province and the period", () => {
    expect(planFileName(traVinh2021)).toBe("tra-vinh-2021-2025.htxplan.json");
    expect(planFileName(demoTraVinh)).toBe("tra-vinh-2021-2025-minh-hoa.htxplan.json");
    expect(planFileName(demoTraVinh, "Huyện Trà Cú")).toBe(
      "tra-vinh-2021-2025-minh-hoa-huyen-tra-cu.htxplan.json",
    );
    expect(TEMPLATES.map((t) => planFileName(t))).toEqual([
      "bac-lieu-2021-2025.htxplan.json",
      "tra-vinh-2021-2025.htxplan.json",
      "ben-tre-2021.htxplan.json",
      "ninh-binh-2020.htxplan.json",
      "tra-vinh-2021-2025-minh-hoa.htxplan.json",
    ]);
    expect(planFileName({ ...traVinh2021, province: "vinh-long", startYear: 2026, endYear: 2030 })).toBe(
      "vinh-long-2026-2030.htxplan.json",
    );
    expect(planFileName(demoTraVinh, "x".repeat(200)).length).toBeLessThanOrEqual(
      80 + ".htxplan.json".length,
    );
  });
});
