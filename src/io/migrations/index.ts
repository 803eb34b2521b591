// Old files open by migration, not by leniency: a file of format version N goes through the numbered
// steps N→N+1→…→CURRENT, each a small pure function on the raw JSON, and only then is it validated
// strictly against the current schema.
//
// Adding version N+1 (CONTRIBUTING.md "Changing the file format"):
// 1. write src/io/migrations/<NNN>-<what-changed>.ts exporting a MigrationStep with from: N;
// 2. list it in MIGRATIONS below and raise CURRENT_FORMAT_VERSION in ../planFileFormat.ts;
// 3. keep test/fixtures/plan-vN.htxplan.json and add plan-v(N+1).htxplan.json, and a test
//    test/unit/io/migrations/step-<N>.test.ts (test/unit/io/migrations.test.ts fails without them);
// 4. `npm run schema` to publish the new JSON Schema.

import { subAreaGroupsAndStatusBasis } from "./001-sub-area-groups-status-basis";
import type { MigrationStep, RawFile } from "./step";

export type { MigrationStep, RawFile } from "./step";

/** Every step, in order of version. */
export const MIGRATIONS: readonly MigrationStep[] = [subAreaGroupsAndStatusBasis];

export type MigrateResult =
  { ok: true; file: RawFile } | { ok: false; from: number; to: number; reason: string };

/** The oldest version that opens: 1, or the earliest version a step starts from. */
export function oldestReadableVersion(steps: readonly MigrationStep[] = MIGRATIONS): number {
  return steps.reduce((min, s) => Math.min(min, s.from), 1);
}

function reasonOf(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return "unknown";
  }
}

/** Run the steps from `fromVersion` up to `toVersion`, one version at a time. */
export function migrate(
  file: RawFile,
  fromVersion: number,
  toVersion: number,
  steps: readonly MigrationStep[] = MIGRATIONS,
): MigrateResult {
  let current = file;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) return { ok: false, from: v, to: v + 1, reason: "no migration step" };
    let next: unknown;
    try {
      next = step.up(current);
    } catch (e) {
      return { ok: false, from: v, to: v + 1, reason: reasonOf(e) };
    }
    if (next === null || typeof next !== "object" || Array.isArray(next)) {
      return { ok: false, from: v, to: v + 1, reason: "the step returned no file" };
    }
    current = { ...(next as RawFile), formatVersion: v + 1 };
  }
  return { ok: true, file: current };
}
