// The storage soak: random sequences of real edits, undo and redo in two tabs, with full disks,
// tabs closed or crashed with writes in flight, and data from every earlier schema version, each
// step checked against a plain model (soak/runner.ts). CI runs SOAK_RUNS sequences (1,000 by
// default) from a fixed seed; `npm run soak` runs 20,000. A failure prints its seed, the command
// that replays it, and the shrunk sequence as a test case to paste below.
import "fake-indexeddb/auto";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { startScenario, scenarioArb, type Scenario } from "./soak/runner";

const RUNS = Number(import.meta.env.SOAK_RUNS ?? 1000);
const SEED = Number(import.meta.env.SOAK_SEED ?? 15_2026);
const PATH = import.meta.env.SOAK_PATH;
const MAX_COMMANDS = Number(import.meta.env.SOAK_STEPS ?? 25);

// Pages that went away keep retrying against their closed connection (as they would, were they
// alive): their "will be retried" warnings are not news here.
beforeAll(() => void vi.spyOn(console, "warn").mockImplementation(() => undefined));

describe("storage soak", () => {
  it(
    `${RUNS} random sequences lose nothing (seed ${SEED})`,
    { timeout: Math.max(3_600_000, RUNS * 1000) },
    async () => {
      const totals = { sequences: 0, steps: 0, maxUndo: 0, landed: 0, lostToCrash: 0, slowestStepMs: 0 };
      const started = Date.now();
      const result = await fc.check(
        fc.asyncProperty(scenarioArb(MAX_COMMANDS), async (sc) => {
          const { model, world } = await startScenario(sc.plan, sc.fromVersion);
          try {
            await fc.asyncModelRun(() => ({ model, real: world }), sc.cmds);
          } finally {
            await world.dispose();
            totals.sequences += 1;
            totals.steps += model.stats.steps;
            totals.landed += model.stats.landed;
            totals.lostToCrash += model.stats.lostToCrash;
            totals.maxUndo = Math.max(totals.maxUndo, model.stats.maxUndo);
            totals.slowestStepMs = Math.max(totals.slowestStepMs, model.stats.slowestStepMs);
          }
        }),
        { numRuns: RUNS, seed: SEED, ...(PATH ? { path: PATH } : {}), endOnFailure: !!PATH },
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `soak: ${totals.sequences} sequences, ${totals.steps} steps, ${totals.landed} writes landed, ` +
          `${totals.lostToCrash} unsaved writes lost to crashes (never reported saved), largest undo stack ` +
          `${totals.maxUndo}, slowest step ${totals.slowestStepMs} ms, ${seconds} s, seed ${SEED}`,
      );
      if (result.failed) {
        const sc = result.counterexample?.[0] as
          { plan: string; fromVersion: number; cmds: unknown } | undefined;
        const scenario: Scenario | null = sc
          ? {
              plan: sc.plan as Scenario["plan"],
              fromVersion: sc.fromVersion,
              steps: JSON.parse(`[${String(sc.cmds).replace(/\/\*.*?\*\//g, "")}]`),
            }
          : null;
        const message = [
          `Soak failed after ${result.numRuns} sequences: ${String(result.errorInstance)}`,
          `Replay: SOAK_SEED=${result.seed} SOAK_PATH=${result.counterexamplePath} npx vitest run test/unit/storage/soak.test.ts`,
          `As a test case:`,
          `  it("…", async () => {`,
          `    await runScenario(${JSON.stringify(scenario)});`,
          `  });`,
        ].join("\n");
        console.error(message);
        expect.fail(message);
      }
      expect(totals.sequences).toBe(RUNS);
    },
  );
});
