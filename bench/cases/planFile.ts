// The plan file (issue 3): making the big plans, writing and reading a 10 MB plan file. Reading is
// measured from the bytes a File gives, against the bare work of JSON.parse + Plan.safeParse of the
// same text; the budget is 2× that baseline.
import { BIG_PLAN, generatePlan, TEN_MB_PLAN } from "../../src/bench/generatePlan";
import { Plan } from "../../src/domain/schema";
import { readPlanFile, writePlanFile } from "../../src/io";
import { benchCase } from "../types";

const NOW = new Date("2025-06-30T08:00:00.000Z");
const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

function tenMegabyteFile() {
  const plan = generatePlan(TEN_MB_PLAN);
  const text = writePlanFile(plan, NOW);
  return { plan, text, bytes: new TextEncoder().encode(text) };
}

export const cases = [
  benchCase({
    name: "generate plan 300 × 10 years × 30 sub-areas",
    budget: { max: 1000 },
    run: () => generatePlan(BIG_PLAN),
  }),
  benchCase({
    name: "write a 10 MB plan file",
    budget: { max: 1000 },
    setup: tenMegabyteFile,
    note: (c) => mb(c.bytes.byteLength),
    run: (c) => writePlanFile(c.plan, NOW),
  }),
  benchCase({
    name: "read a 10 MB plan file",
    budget: { ratio: 2 },
    setup: tenMegabyteFile,
    note: (c) => `${mb(c.bytes.byteLength)}, from bytes`,
    run: (c) => {
      const r = readPlanFile(c.bytes);
      if (!r.ok) throw new Error(`the reader refused the file: ${r.error.kind}`);
    },
    baseline: {
      name: "JSON.parse + Plan.safeParse",
      run: (c) => {
        const r = Plan.safeParse((JSON.parse(c.text) as { plan: unknown }).plan);
        if (!r.success) throw new Error("the baseline refused the plan");
      },
    },
  }),
];
