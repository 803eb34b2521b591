// The bench page: gathers every case under ./cases and lets scripts/bench.mjs list and run them
// one at a time through window.htxBench (driven by Playwright in Chromium).
import { runCase } from "./runner";
import type { BenchCase, CaseResult } from "./types";

const modules = import.meta.glob<{ cases?: BenchCase[]; issue?: number }>("./cases/*.ts", { eager: true });
// Grouped by the issue that names the figure (cases of no issue last), then in file order.
const CASES: BenchCase[] = Object.keys(modules)
  .sort()
  .flatMap((file) =>
    (modules[file]?.cases ?? []).map((c) => ({ ...c, issue: c.issue ?? modules[file]?.issue })),
  )
  .map((c, i) => ({ c, i }))
  .sort((a, b) => (a.c.issue ?? Infinity) - (b.c.issue ?? Infinity) || a.i - b.i)
  .map(({ c }) => c);

declare global {
  interface Window {
    htxBench: {
      names: () => string[];
      run: (name: string, runs?: number) => Promise<CaseResult>;
    };
  }
}

window.htxBench = {
  names: () => CASES.map((c) => c.name),
  run: (name, runs) => {
    const c = CASES.find((x) => x.name === name);
    if (!c) return Promise.reject(new Error(`no bench case named ${name}`));
    return runCase(c, runs);
  },
};
document.title = `HTX Plan bench: ${CASES.length} cases`;
