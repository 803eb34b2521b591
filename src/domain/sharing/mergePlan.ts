// Merge: take the file's values into the local plan, per difference or for all at once. The result
// is ONE batch edit for the one edit path (an atomic change and a single undo step); mergePlan also
// applies it and checks the whole result, so a merge that would leave the plan inconsistent (a kept
// local value that the file's new unit no longer allows) is refused before anything is stored.
import {
  applyEdit,
  type DetailsPatch,
  type Edit,
  type EditError,
  type IndicatorPatch,
  type TaskPatch,
} from "../edits";
import { checkPlan, type PlanProblem } from "../planChecks";
import type { Plan } from "../schema";
import { areasOf, onlyAreas } from "../planAreas";
import { type DiffItem, type PlanDiff } from "./planDiff";

export type Side = "local" | "file";

export interface MergeChoices {
  /** The side taken for every difference without its own choice: "all from file" or "all local". */
  all: Side;
  /** Per difference, by DiffItem.id. */
  each?: Readonly<Record<string, Side>>;
}

export type MergeError =
  /** The file is another plan (different id): open it as a copy instead. */
  | { reason: "differentPlan" }
  /** Taking the file's sub-areas would turn a plan with sub-areas into one without, or back. */
  | { reason: "layoutDiffers" }
  /** An edit of the merge was refused (a value not allowed here); `error.edit` says where. */
  | { reason: "refused"; error: EditError }
  /** The merged plan would break a rule of the model; each problem names its place. */
  | { reason: "invalidResult"; problems: PlanProblem[] };

export type MergeResult =
  { ok: true; edit: Edit; plan: Plan; taken: DiffItem[] } | { ok: false; error: MergeError };

export function chosenSide(choices: MergeChoices, item: DiffItem): Side {
  return choices.each?.[item.id] ?? choices.all;
}

function ofType<T extends DiffItem["type"]>(
  items: readonly DiffItem[],
  type: T,
): Extract<DiffItem, { type: T }>[] {
  return items.filter((i): i is Extract<DiffItem, { type: T }> => i.type === type);
}

/**
 * The edits that take the chosen file values into `local`, in an order that keeps every step
 * valid: widen the period first, then structure (sub-areas, indicators), then values (clears before
 * sets, so that halves replacing a year work), then removals, and the final details last.
 */
export function buildMergeEdits(
  local: Plan,
  file: Plan,
  diff: PlanDiff,
  choices: MergeChoices,
): { edits: Edit[]; taken: DiffItem[] } | { error: MergeError } {
  const taken = diff.items.filter((i) => chosenSide(choices, i) === "file");
  const added = ofType(taken, "subAreaAdded");
  const removed = ofType(taken, "subAreaRemoved");
  const removedIds = new Set(removed.map((r) => r.subArea.id));
  const finalAreas = new Set([
    ...areasOf(local).filter((a) => !removedIds.has(a)),
    ...added.map((a) => a.subArea.id),
  ]);
  const finalHasSubAreas = local.subAreas.length - removed.length + added.length > 0;
  if (local.subAreas.length > 0 !== finalHasSubAreas) {
    return { error: { reason: "layoutDiffers" } };
  }
  const edits: Edit[] = [];

  // 1. Details: widen the period (and switch to half-years) first, so that file values fit.
  const finalDetails: DetailsPatch = {};
  for (const d of ofType(taken, "detail")) (finalDetails as Record<string, unknown>)[d.field] = d.file;
  const widen: DetailsPatch = {};
  const start = Math.min(local.startYear, finalDetails.startYear ?? local.startYear);
  const end = Math.max(local.endYear, finalDetails.endYear ?? local.endYear);
  if (start !== local.startYear) widen.startYear = start;
  if (end !== local.endYear) widen.endYear = end;
  if (finalDetails.reporting === "halfYearly") widen.reporting = "halfYearly";
  if (Object.keys(widen).length > 0) edits.push({ type: "setDetails", patch: widen });

  // 2. Sub-areas: added ones bring their series from the file; renamed ones take the file's name.
  const fileInds = new Map(file.indicators.map((i) => [i.id, i]));
  const removedInds = new Set(ofType(taken, "indicatorRemoved").map((r) => r.indicator.id));
  for (const a of added) {
    edits.push({ type: "addSubArea", subArea: a.subArea, index: a.index });
    for (const ind of local.indicators) {
      const s = fileInds.get(ind.id)?.series[a.subArea.id];
      if (s && !removedInds.has(ind.id))
        edits.push({ type: "setSeries", indicatorId: ind.id, area: a.subArea.id, series: s });
    }
  }
  for (const r of ofType(taken, "subAreaRenamed"))
    edits.push({ type: "renameSubArea", subAreaId: r.subAreaId, name: r.file });

  // 3. Indicators: removed, then added at their place in the file, then changed fields.
  for (const id of removedInds) edits.push({ type: "removeIndicator", indicatorId: id });
  for (const a of ofType(taken, "indicatorAdded").sort((x, y) => x.index - y.index)) {
    const indicator = { ...a.indicator, series: onlyAreas(a.indicator.series, finalAreas) };
    edits.push({ type: "addIndicator", indicator, index: a.index });
  }
  const patches = fieldsById(ofType(taken, "indicatorField"), (f) => f.indicatorId);
  for (const [indicatorId, patch] of patches)
    edits.push({ type: "updateIndicator", indicatorId, patch: patch as IndicatorPatch });

  // 4. Values: clears before sets; notes.
  const cells = ofType(taken, "cell");
  for (const c of [...cells.filter((c) => c.file === null), ...cells.filter((c) => c.file !== null)]) {
    edits.push({ type: "setCell", indicatorId: c.indicatorId, area: c.area, key: c.key, value: c.file });
  }
  for (const n of ofType(taken, "note"))
    edits.push({ type: "setNote", indicatorId: n.indicatorId, area: n.area, key: n.key, note: n.file });

  // 5. Sub-areas the file no longer has.
  for (const r of removed) edits.push({ type: "removeSubArea", subAreaId: r.subArea.id });

  // 6. Tasks.
  for (const r of ofType(taken, "taskRemoved")) edits.push({ type: "removeTask", taskId: r.task.id });
  for (const a of ofType(taken, "taskAdded").sort((x, y) => x.index - y.index))
    edits.push({ type: "addTask", task: a.task, index: a.index });
  const taskPatches = fieldsById(ofType(taken, "taskField"), (f) => f.taskId);
  for (const [taskId, patch] of taskPatches)
    edits.push({ type: "updateTask", taskId, patch: patch as TaskPatch });

  // 7. The file's details, now that every value is in place.
  if (Object.keys(finalDetails).length > 0) edits.push({ type: "setDetails", patch: finalDetails });
  return { edits, taken };
}

/**
 * Merge `file` into `local` as chosen. On success: the one batch edit to dispatch, the merged plan
 * (what the edit path will produce) and the differences taken from the file.
 */
export function mergePlan(local: Plan, file: Plan, diff: PlanDiff, choices: MergeChoices): MergeResult {
  if (!diff.sameId || local.id !== file.id) return { ok: false, error: { reason: "differentPlan" } };
  const built = buildMergeEdits(local, file, diff, choices);
  if ("error" in built) return { ok: false, error: built.error };
  const edit: Edit = { type: "batch", edits: built.edits };
  const applied = applyEdit(local, edit);
  if (!applied.ok) return { ok: false, error: { reason: "refused", error: applied.error } };
  // Only problems the merge brings: a flaw the local plan already had is not the file's doing.
  const before = new Set(checkPlan(local).map((p) => JSON.stringify(p)));
  const problems = checkPlan(applied.plan).filter((p) => !before.has(JSON.stringify(p)));
  if (problems.length > 0) return { ok: false, error: { reason: "invalidResult", problems } };
  return { ok: true, edit, plan: applied.plan, taken: built.taken };
}

/** The fields taken from the file, gathered per indicator (task) into one patch each. */
function fieldsById<F extends { field: string; file: unknown }>(
  fields: readonly F[],
  idOf: (f: F) => string,
): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const f of fields) {
    const patch = out.get(idOf(f)) ?? {};
    patch[f.field] = f.file;
    out.set(idOf(f), patch);
  }
  return out;
}
