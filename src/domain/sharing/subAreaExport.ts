// One sub-area's part of a plan, for a commune (or a former district) to fill in, and merging what
// comes back into that sub-area only.
//
// The part is an ordinary plan, so it travels in an ordinary plan file and opens anywhere: it keeps
// the plan's id (so that it "already exists" when it comes back), has exactly that one sub-area, and
// only that sub-area's series. Nothing is added to the schema. A file is recognised as a part of a
// local plan when it has the same id, exactly one sub-area, and the local plan has more than one
// sub-area including that one (isSubAreaPart). Merging a part back takes only that sub-area's cells
// and notes; its details, indicators, tasks and other areas are ignored, whatever the commune did.
import type { Edit } from "../edits";
import type { Plan } from "../schema";
import { type MergeChoices, type MergeError, mergePlan } from "./mergePlan";
import { type DiffItem, planDiff } from "./planDiff";

export type SubAreaPartError =
  | { reason: "unknownArea"; areaId: string }
  /** The returned file is another plan (different id). */
  | { reason: "differentPlan" }
  /** The returned file does not contain that sub-area. */
  | { reason: "areaNotInFile"; areaId: string };

const TITLE_MAX = 500;

/** The title of a part: "<plan title> — <sub-area>", shortened to fit the schema's limit. */
export function subAreaPartTitle(title: string, areaName: string): string {
  const suffix = ` — ${areaName}`;
  if (title.length + suffix.length <= TITLE_MAX) return title + suffix;
  return title.slice(0, TITLE_MAX - suffix.length - 1) + "…" + suffix;
}

export function exportSubArea(
  plan: Plan,
  areaId: string,
): { ok: true; plan: Plan } | { ok: false; error: SubAreaPartError } {
  const part = subAreaPart(plan, areaId);
  return part.ok ? { ok: true, plan: structuredClone(part.plan) } : part;
}

/**
 * The same part as exportSubArea, but sharing its objects with `plan` instead of copying them: to
 * be written to a file at once and never changed (the .zip of all parts writes 170 of them, and
 * copying each was most of its time).
 */
export function subAreaPart(
  plan: Plan,
  areaId: string,
): { ok: true; plan: Readonly<Plan> } | { ok: false; error: SubAreaPartError } {
  const area = plan.subAreas.find((a) => a.id === areaId);
  if (!area) return { ok: false, error: { reason: "unknownArea", areaId } };
  // Each indicator takes that one area's series (the whole plan for each of 170 communes would
  // hold every commune's figures 170 times).
  const part: Plan = {
    ...plan,
    title: subAreaPartTitle(plan.title, area.name),
    subAreas: [area],
    // The commune's part keeps its own group, so that it says which former province it belongs to.
    subAreaGroups: plan.subAreaGroups.filter((g) => g.id === area.groupId),
    indicators: plan.indicators.map((ind) => {
      const s = ind.series[areaId];
      return { ...ind, series: s ? { [areaId]: s } : {} };
    }),
  };
  return { ok: true, plan: part };
}

/** Whether `file` is one sub-area's part of `local` (see the header); the area id, or null. */
export function isSubAreaPart(local: Plan, file: Plan): string | null {
  if (local.id !== file.id || file.subAreas.length !== 1 || local.subAreas.length < 2) return null;
  const id = file.subAreas[0]?.id;
  return id !== undefined && local.subAreas.some((a) => a.id === id) ? id : null;
}

/** The differences a returned part brings to its sub-area: cells and notes of that area only. */
export function subAreaDiff(local: Plan, returned: Plan, areaId: string): DiffItem[] {
  return planDiff(local, returned).items.filter(
    (i) => (i.type === "cell" || i.type === "note") && i.area === areaId,
  );
}

export type SubAreaMergeResult =
  | {
      ok: true;
      edit: Edit;
      plan: Plan;
      changes: DiffItem[];
      /** Indicators of the returned part that the local plan no longer has: their figures are not taken. */
      unknownIndicators: string[];
    }
  | { ok: false; error: SubAreaPartError | MergeError };

/**
 * The batch edit that takes a returned part's figures into sub-area `areaId` of `local`, and
 * nothing else. `choices` default to "all from file"; per-cell choices use the DiffItem ids of
 * subAreaDiff.
 */
export function mergeSubArea(
  local: Plan,
  returned: Plan,
  areaId: string,
  choices: MergeChoices = { all: "file" },
): SubAreaMergeResult {
  if (!local.subAreas.some((a) => a.id === areaId))
    return { ok: false, error: { reason: "unknownArea", areaId } };
  if (local.id !== returned.id) return { ok: false, error: { reason: "differentPlan" } };
  if (!returned.subAreas.some((a) => a.id === areaId))
    return { ok: false, error: { reason: "areaNotInFile", areaId } };
  const items = subAreaDiff(local, returned, areaId);
  const r = mergePlan(local, returned, { sameId: true, layoutDiffers: false, items }, choices);
  if (!r.ok) return r;
  const known = new Set(local.indicators.map((i) => i.id));
  const unknownIndicators = returned.indicators.filter((i) => !known.has(i.id)).map((i) => i.id);
  return { ok: true, edit: r.edit, plan: r.plan, changes: r.taken, unknownIndicators };
}
