// What a bench case is. Each feature adds its own file bench/cases/<feature>.ts exporting
// `cases: BenchCase[]` (built with benchCase(), which keeps the setup's type); main.ts finds every
// file there by itself. A case runs inside Chromium, in a page built by Vite from the project's own
// sources, so it can import src/ freely (and mount React components into #bench-root).

export type Budget =
  /** The median must be at most `max` (in the case's unit, ms unless it says otherwise). */
  | { max: number }
  /** The median must be at most `ratio` × the median of the baseline, measured in the same run. */
  | { ratio: number };

export interface BenchCase<C = unknown> {
  /** Shown in the table; also what `npm run bench -- --filter <text>` matches. */
  name: string;
  /**
   * The issue that names this figure, shown first in the table (rows are grouped by it). Set for
   * every case of a file by exporting `issue` from it (`export const issue = 6;`).
   */
  issue?: number;
  budget: Budget;
  /** Unit of what run() returns when it returns a number; "ms" when the harness times the call. */
  unit?: string;
  /** Prepared once, outside the measurement (a generated plan, a file's bytes). */
  setup?: () => C | Promise<C>;
  /**
   * The measured work. Returns nothing to be timed by the harness (ms, wall clock), or a number that
   * is the measurement itself (a p95, a count of long tasks, a size). Throwing fails the case.
   */
  run: (ctx: C) => unknown;
  /** The bare work this case is compared with, run alternately with run() in the same page. */
  baseline?: { name: string; run: (ctx: C) => unknown };
  /** Measured runs (the median counts); 7 unless a case is slow. One warm-up run precedes them. */
  runs?: number;
  /** A few words shown after the name: the file size, the plan's dimensions. */
  note?: (ctx: C) => string;
  /** Clean up after the last run (unmount, close a database). */
  teardown?: (ctx: C) => void | Promise<void>;
}

/** Declare a case; keeps the type of its setup's result for run(), baseline and note. */
export function benchCase<C>(c: BenchCase<C>): BenchCase {
  return c as unknown as BenchCase;
}

/** What the page reports to scripts/bench.mjs for one case. */
export interface CaseResult {
  name: string;
  issue: number | null;
  note: string;
  unit: string;
  budget: Budget;
  value: number | null;
  baselineName: string | null;
  baseline: number | null;
  samples: number[];
  baselineSamples: number[];
  error: string | null;
}

declare global {
  interface Window {
    /** Bytes of JS heap in use after a full garbage collection (DevTools protocol; scripts/bench.mjs). */
    htxBenchHeap: () => Promise<number>;
  }
}
