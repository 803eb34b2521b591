// What each button of an import card does with the plan read from a file. Each is ONE atomic write
// (putPlan, replaceKeepingSnapshot): a failure anywhere stores nothing. Replacing a plan that is
// stored is one undo step on its page (storage/library.ts → editPath.ts recordReplaced).
import { copyPlan } from "../domain/newPlan";
import type { Plan } from "../domain/schema";
import type { PlanFileReader } from "../io/worker/planFileReader";
import {
  getPlan,
  newId,
  nowIso,
  putPlan,
  replaceKeepingSnapshot,
  type LibraryError,
} from "../storage/library";

/** What became of one plan of a file: shown on its card. */
export type Outcome =
  { kind: "added" | "copied" | "replaced" | "merged"; planId: string } | { kind: "failed"; reason: string };

function failed(error: LibraryError | "gone" | "exists"): Outcome {
  return { kind: "failed", reason: typeof error === "string" ? error : error.kind };
}

async function planOf(reader: PlanFileReader, token: string): Promise<Plan | null> {
  return reader.plan(token);
}

/** A plan not in the library yet: stored as it is in the file (same id). */
export async function addPlan(reader: PlanFileReader, token: string): Promise<Outcome> {
  const plan = await planOf(reader, token);
  if (!plan) return failed("gone");
  // Two files of the same plan dropped together: the second must not replace the first silently.
  if (await getPlan(plan.id)) return failed("exists");
  const r = await putPlan(plan);
  return r.ok ? { kind: "added", planId: plan.id } : failed(r.error);
}

/** A plan that exists here, kept apart: a new id and "(bản sao)" after its title. */
export async function addAsCopy(
  reader: PlanFileReader,
  token: string,
  title: (t: string) => string,
): Promise<Outcome> {
  const plan = await planOf(reader, token);
  if (!plan) return failed("gone");
  const copy = copyPlan(plan, newId(), nowIso(), title(plan.title).slice(0, 500));
  const r = await putPlan(copy);
  return r.ok ? { kind: "copied", planId: copy.id } : failed(r.error);
}

/** The file replaces the plan here; the plan replaced is kept as a snapshot that can be restored. */
export async function replaceWithFile(
  reader: PlanFileReader,
  token: string,
  snapshotName: string,
): Promise<Outcome> {
  const plan = await planOf(reader, token);
  if (!plan) return failed("gone");
  const r = await replaceKeepingSnapshot(plan, snapshotName);
  return r.ok ? { kind: "replaced", planId: plan.id } : failed(r.error);
}
