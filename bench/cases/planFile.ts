// The plan file (issue 3): making the big plans, writing and reading a 10 MB plan file. Reading must
// take at most 2× the bare work of parsing and validating the same input, measured in the same run.
import { BIG_PLAN, generatePlan, TEN_MB_PLAN } from "../../src/bench/generatePlan";
import { Plan } from "../../src/domain/schema";
import { readPlanFile, writePlanFile, type ReadResult } from "../../src/io";
import { benchCase } from "../types";

const NOW = new Date("2025-06-30T08:00:00.000Z");
const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

const utf8 = new TextDecoder("utf-8", { fatal: true });

function mustOpen(r: ReadResult): void {
  if (!r.ok) throw new Error(`the reader refused the file: ${r.error.kind}`);
}

function bareParse(text: string): void {
  const r = Plan.safeParse((JSON.parse(text) as { plan: unknown }).plan);
  if (!r.success) throw new Error("the baseline refused the plan");
}

function tenMegabyteFile() {
  const plan = generatePlan(TEN_MB_PLAN);
  const text = writePlanFile(plan, NOW);
  return { plan, text, bytes: new TextEncoder().encode(text) };
}

/** The issue that names these figures (the bench table groups rows by it). */
export const issue = 3;

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
  // The issue's case, literally: the reader against JSON.parse + schema validation of the same text.
  benchCase({
    name: "read a 10 MB plan file from its text",
    budget: { ratio: 2 },
    runs: 11, // a ratio of two medians: a few more runs keep it steady on a busy machine
    setup: tenMegabyteFile,
    note: (c) => mb(c.bytes.byteLength),
    run: (c) => mustOpen(readPlanFile(c.text)),
    baseline: { name: "JSON.parse + Plan.safeParse", run: (c) => bareParse(c.text) },
  }),
  // As the app reads a File: from its bytes, so that invalid UTF-8 is refused, not replaced by "�".
  // Decoding 10 MB of UTF-8 is a third of the bare work, so the baseline decodes the same bytes too.
  benchCase({
    name: "read a 10 MB plan file from its bytes",
    budget: { ratio: 2 },
    runs: 11, // a ratio of two medians: a few more runs keep it steady on a busy machine
    setup: tenMegabyteFile,
    note: (c) => mb(c.bytes.byteLength),
    run: (c) => mustOpen(readPlanFile(c.bytes)),
    baseline: { name: "decode + JSON.parse + Plan.safeParse", run: (c) => bareParse(utf8.decode(c.bytes)) },
  }),
];
