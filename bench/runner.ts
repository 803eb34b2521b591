// Runs one case inside the page: setup once, a warm-up, then `runs` measured rounds, each running
// the baseline (if any) and the case back to back so that both see the same state of the machine.
// The median of each goes into the table.
import type { BenchCase, CaseResult } from "./types";

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Time a call (ms), or take the number it returns as the measurement. */
async function measure<C>(fn: (ctx: C) => unknown, ctx: C): Promise<number> {
  collectGarbage();
  const start = performance.now();
  const out = await fn(ctx);
  const elapsed = performance.now() - start;
  return typeof out === "number" ? out : elapsed;
}

export async function runCase(c: BenchCase, runsOverride?: number): Promise<CaseResult> {
  const result: CaseResult = {
    name: c.name,
    issue: c.issue ?? null,
    note: "",
    unit: c.unit ?? "ms",
    budget: c.budget,
    value: null,
    baselineName: c.baseline?.name ?? null,
    baseline: null,
    samples: [],
    baselineSamples: [],
    error: null,
  };
  let ctx: unknown;
  try {
    ctx = c.setup ? await c.setup() : undefined;
    result.note = c.note ? c.note(ctx) : "";
    const runs = runsOverride ?? c.runs ?? 7;
    for (let i = -1; i < runs; i++) {
      const b = c.baseline ? await measure(c.baseline.run, ctx) : null;
      const v = await measure(c.run, ctx);
      if (i < 0) continue; // warm-up: JIT, caches
      if (b !== null) result.baselineSamples.push(b);
      result.samples.push(v);
    }
    result.value = median(result.samples);
    if (c.baseline) result.baseline = median(result.baselineSamples);
  } catch (e) {
    result.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } finally {
    try {
      await c.teardown?.(ctx);
    } catch {
      // A failed teardown must not hide the measurement.
    }
  }
  return result;
}
