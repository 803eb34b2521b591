// Importing a plan file (issue 7): the 10 MB generated plan from its bytes to the summary the import
// screen shows, with parsing and validation in the read worker. Two measurements of the same work:
// the time to the summary (≤ 1.5 s), and the longest task the page's main thread ran meanwhile
// (≤ 100 ms: the page stays responsive; PerformanceObserver "longtask" reports tasks over 50 ms).
import { generatePlan, TEN_MB_PLAN } from "../../src/bench/generatePlan";
import { writePlanFile } from "../../src/io";
import {
  createInlineReader,
  createPlanFileReader,
  type PlanFileReader,
} from "../../src/io/worker/planFileReader";
import { longestTask } from "../longestTask";
import { benchCase } from "../types";

const NOW = new Date("2025-06-30T08:00:00.000Z");
const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

function tenMegabyteFile() {
  const bytes = new TextEncoder().encode(writePlanFile(generatePlan(TEN_MB_PLAN), NOW));
  return { bytes };
}

/** As the import screen does it: a fresh reader (the worker starts), the file's bytes handed over. */
async function importToSummary(
  bytes: Uint8Array,
  reader: PlanFileReader = createPlanFileReader(),
): Promise<void> {
  try {
    // A File's arrayBuffer() gives a fresh buffer, which is transferred: copy, as the bench keeps its bytes.
    const read = await reader.read("generated.htxplan.json", bytes.slice().buffer);
    const first = read.items[0];
    if (!first?.ok)
      throw new Error(`the reader refused the file: ${first ? first.error.kind : "nothing read"}`);
    if (first.summary.indicators !== TEN_MB_PLAN.indicators) throw new Error("wrong summary");
  } finally {
    reader.close();
  }
}

/** The issue that names these figures (the bench table groups rows by it). */
export const issue = 7;

export const cases = [
  benchCase({
    name: "import a 10 MB plan file to its summary (read worker)",
    budget: { max: 1500 },
    runs: 5,
    setup: tenMegabyteFile,
    note: (c) => mb(c.bytes.byteLength),
    run: (c) => importToSummary(c.bytes),
  }),
  benchCase({
    name: "longest main-thread task while importing a 10 MB plan file",
    budget: { max: 100 },
    unit: "ms",
    runs: 5,
    setup: tenMegabyteFile,
    note: (c) => mb(c.bytes.byteLength),
    run: (c) => longestTask(() => importToSummary(c.bytes)),
    // What the worker spares the page: the same read on the main thread.
    baseline: {
      name: "the same read on the page",
      run: (c) => longestTask(() => importToSummary(c.bytes, createInlineReader())),
    },
  }),
];
