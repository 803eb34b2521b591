// Every change to a plan is an edit: plain data that can be validated, applied, stored and undone.
// applyEdit is pure: it returns the next plan and the edit that undoes it, or a typed error and no
// change. The one edit path (storage/editPath.ts) runs it, persists the result and keeps the undo
// stack; the grid, forms and imports only build edits.
import { type CellValue, emptySeries, getCell, setCell, setNote } from "./cells";
import {
  Actual,
  Indicator,
  Plan,
  type Series,
  SubArea,
  SubAreaGroup,
  Target,
  Task,
  WHOLE_AREA,
} from "./schema";
import { checkPlan } from "./planChecks";
import { areasOf, keptToAreas } from "./planAreas";
import { toNfc } from "./text";
import { checkCellValue, type ValueProblem } from "./valueRules";
import { checkDetailsPatch, type DetailsPatch, type DetailsProblem } from "./detailsRules";

export type IndicatorPatch = Partial<Omit<Indicator, "id" | "series">>;
export type TaskPatch = Partial<Omit<Task, "id">>;
export type SubAreaPatch = Partial<Pick<SubArea, "code" | "groupId">>;
export type { DetailsPatch };

export type Edit =
  | { type: "setCell"; indicatorId: string; area: string; key: string; value: CellValue | null }
  | { type: "setNote"; indicatorId: string; area: string; key: string; note: string | null }
  | { type: "setSeries"; indicatorId: string; area: string; series: Series | null }
  | { type: "setDetails"; patch: DetailsPatch }
  | { type: "addIndicator"; indicator: Indicator; index: number }
  | { type: "removeIndicator"; indicatorId: string }
  | { type: "updateIndicator"; indicatorId: string; patch: IndicatorPatch }
  | { type: "moveIndicator"; indicatorId: string; toIndex: number }
  | { type: "addTask"; task: Task; index: number }
  | { type: "removeTask"; taskId: string }
  | { type: "updateTask"; taskId: string; patch: TaskPatch }
  | { type: "moveTask"; taskId: string; toIndex: number }
  | { type: "addSubArea"; subArea: SubArea; index: number }
  | { type: "removeSubArea"; subAreaId: string }
  | { type: "renameSubArea"; subAreaId: string; name: string }
  | { type: "moveSubArea"; subAreaId: string; toIndex: number }
  /** A sub-area's code or group (renaming is renameSubArea). */
  | { type: "updateSubArea"; subAreaId: string; patch: SubAreaPatch }
  /** The list of groups of sub-areas (a former province or district each), replaced as a whole. */
  | { type: "setSubAreaGroups"; groups: SubAreaGroup[] }
  | { type: "batch"; edits: Edit[] }
  /**
   * The whole plan replaced by another version of it (same id): a file imported over it, a snapshot
   * restored, a whole plan written. Its inverse puts the plan before back, so one undo takes it back.
   */
  | { type: "replacePlan"; plan: Plan };

export type EditProblem =
  | ValueProblem
  | DetailsProblem
  | "unknownIndicator"
  | "unknownTask"
  | "unknownArea"
  | "duplicateId"
  | "invalidShape"
  /** A whole plan that is not valid (its schema or its checks), or another plan's id. */
  | "invalidPlan"
  | "otherPlan"
  /** The plan cannot be written here: not loaded yet, in the trash, or a newer app version took over. */
  | "notWritable";

export interface EditError {
  problem: EditProblem;
  /** The edit (inside a batch: the first one) that was refused. */
  edit: Edit;
}

export type EditResult = { ok: true; plan: Plan; inverse: Edit } | { ok: false; error: EditError };

const fail = (problem: EditProblem, edit: Edit): EditResult => ({ ok: false, error: { problem, edit } });

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy.splice(Math.max(0, Math.min(index, copy.length)), 0, item);
  return copy;
}

function moveTo<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item as T);
  return copy;
}

function areaExists(plan: Plan, area: string): boolean {
  return plan.subAreas.length === 0 ? area === WHOLE_AREA : plan.subAreas.some((a) => a.id === area);
}

/**
 * An indicator added (or put back by undo) keeps only its figures in areas the plan has: those of a
 * sub-area removed since went with it (docs/decisions.md "An indicator put back").
 */
function withinAreas(plan: Plan, ind: Indicator): Indicator {
  return keptToAreas(ind, new Set(areasOf(plan)));
}

function shapeOk(key: string, value: CellValue | null): boolean {
  if (value === null) return true;
  if (key === "baseline") return typeof value === "number";
  if (key.startsWith("actual:")) return Actual.safeParse(value).success;
  return Target.safeParse(value).success;
}

/**
 * Apply an edit. Its text is first put in Unicode NFC (a title typed decomposed is stored composed),
 * whichever view or import built it.
 */
export function applyEdit(plan: Plan, edit: Edit): EditResult {
  return applyNfcEdit(plan, toNfc(edit));
}

function applyNfcEdit(plan: Plan, edit: Edit): EditResult {
  switch (edit.type) {
    case "setCell":
    case "setNote":
    case "setSeries": {
      const i = plan.indicators.findIndex((x) => x.id === edit.indicatorId);
      const ind = plan.indicators[i];
      if (!ind) return fail("unknownIndicator", edit);
      if (!areaExists(plan, edit.area)) return fail("unknownArea", edit);
      const before = ind.series[edit.area];
      let next: Series | null;
      let inverse: Edit;
      if (edit.type === "setCell") {
        if (!shapeOk(edit.key, edit.value)) return fail("invalidShape", edit);
        const s = before ?? emptySeries();
        const halves = (y: number) => Boolean(s.actual[`${y}-H1`] || s.actual[`${y}-H2`]);
        const problem = checkCellValue(plan, ind, edit.key, edit.value, halves);
        if (problem) return fail(problem, edit);
        next = setCell(s, edit.key, edit.value);
        inverse = { ...edit, value: getCell(before, edit.key) };
      } else if (edit.type === "setNote") {
        next = setNote(before ?? emptySeries(), edit.key, edit.note);
        inverse = { ...edit, note: before?.notes[edit.key] ?? null };
      } else {
        next = edit.series;
        inverse = { ...edit, series: before ?? null };
      }
      const series = { ...ind.series };
      if (next) series[edit.area] = next;
      else delete series[edit.area];
      const indicators = replaceAt(plan.indicators, i, { ...ind, series });
      return { ok: true, plan: { ...plan, indicators }, inverse };
    }
    case "setDetails": {
      const problem = checkDetailsPatch(plan, edit.patch);
      if (problem) return fail(problem, edit);
      const old: Record<string, unknown> = {};
      for (const k of Object.keys(edit.patch)) old[k] = plan[k as keyof DetailsPatch];
      return {
        ok: true,
        plan: { ...plan, ...edit.patch },
        inverse: { type: "setDetails", patch: old as DetailsPatch },
      };
    }
    case "addIndicator": {
      if (!Indicator.safeParse(edit.indicator).success) return fail("invalidShape", edit);
      if (plan.indicators.some((x) => x.id === edit.indicator.id)) return fail("duplicateId", edit);
      return {
        ok: true,
        plan: {
          ...plan,
          indicators: insertAt(plan.indicators, edit.index, withinAreas(plan, edit.indicator)),
        },
        inverse: { type: "removeIndicator", indicatorId: edit.indicator.id },
      };
    }
    case "removeIndicator": {
      const i = plan.indicators.findIndex((x) => x.id === edit.indicatorId);
      const ind = plan.indicators[i];
      if (!ind) return fail("unknownIndicator", edit);
      return {
        ok: true,
        plan: { ...plan, indicators: plan.indicators.filter((x) => x.id !== edit.indicatorId) },
        inverse: { type: "addIndicator", indicator: ind, index: i },
      };
    }
    case "updateIndicator": {
      const i = plan.indicators.findIndex((x) => x.id === edit.indicatorId);
      const ind = plan.indicators[i];
      if (!ind) return fail("unknownIndicator", edit);
      const updated = { ...ind, ...edit.patch, id: ind.id, series: ind.series };
      if (!Indicator.safeParse({ ...updated, series: {} }).success) return fail("invalidShape", edit);
      const old: Record<string, unknown> = {};
      for (const k of Object.keys(edit.patch)) old[k] = ind[k as keyof IndicatorPatch];
      return {
        ok: true,
        plan: { ...plan, indicators: replaceAt(plan.indicators, i, updated) },
        inverse: { type: "updateIndicator", indicatorId: ind.id, patch: old as IndicatorPatch },
      };
    }
    case "moveIndicator": {
      const i = plan.indicators.findIndex((x) => x.id === edit.indicatorId);
      if (i < 0) return fail("unknownIndicator", edit);
      return {
        ok: true,
        plan: { ...plan, indicators: moveTo(plan.indicators, i, edit.toIndex) },
        inverse: { type: "moveIndicator", indicatorId: edit.indicatorId, toIndex: i },
      };
    }
    case "addTask": {
      if (!Task.safeParse(edit.task).success) return fail("invalidShape", edit);
      if (plan.tasks.some((x) => x.id === edit.task.id)) return fail("duplicateId", edit);
      return {
        ok: true,
        plan: { ...plan, tasks: insertAt(plan.tasks, edit.index, edit.task) },
        inverse: { type: "removeTask", taskId: edit.task.id },
      };
    }
    case "removeTask": {
      const i = plan.tasks.findIndex((x) => x.id === edit.taskId);
      const task = plan.tasks[i];
      if (!task) return fail("unknownTask", edit);
      return {
        ok: true,
        plan: { ...plan, tasks: plan.tasks.filter((x) => x.id !== edit.taskId) },
        inverse: { type: "addTask", task, index: i },
      };
    }
    case "updateTask": {
      const i = plan.tasks.findIndex((x) => x.id === edit.taskId);
      const task = plan.tasks[i];
      if (!task) return fail("unknownTask", edit);
      const updated = { ...task, ...edit.patch, id: task.id };
      if (!Task.safeParse(updated).success) return fail("invalidShape", edit);
      const old: Record<string, unknown> = {};
      for (const k of Object.keys(edit.patch)) old[k] = task[k as keyof TaskPatch];
      return {
        ok: true,
        plan: { ...plan, tasks: replaceAt(plan.tasks, i, updated) },
        inverse: { type: "updateTask", taskId: task.id, patch: old as TaskPatch },
      };
    }
    case "moveTask": {
      const i = plan.tasks.findIndex((x) => x.id === edit.taskId);
      if (i < 0) return fail("unknownTask", edit);
      return {
        ok: true,
        plan: { ...plan, tasks: moveTo(plan.tasks, i, edit.toIndex) },
        inverse: { type: "moveTask", taskId: edit.taskId, toIndex: i },
      };
    }
    case "addSubArea":
      return addSubArea(plan, edit);
    case "removeSubArea":
      return removeSubArea(plan, edit);
    case "renameSubArea": {
      const i = plan.subAreas.findIndex((a) => a.id === edit.subAreaId);
      const area = plan.subAreas[i];
      if (!area) return fail("unknownArea", edit);
      if (edit.name.trim() === "" || edit.name.length > 200) return fail("invalidShape", edit);
      return {
        ok: true,
        plan: { ...plan, subAreas: replaceAt(plan.subAreas, i, { ...area, name: edit.name }) },
        inverse: { type: "renameSubArea", subAreaId: area.id, name: area.name },
      };
    }
    case "moveSubArea": {
      const i = plan.subAreas.findIndex((a) => a.id === edit.subAreaId);
      if (i < 0) return fail("unknownArea", edit);
      return {
        ok: true,
        plan: { ...plan, subAreas: moveTo(plan.subAreas, i, edit.toIndex) },
        inverse: { type: "moveSubArea", subAreaId: edit.subAreaId, toIndex: i },
      };
    }
    case "updateSubArea": {
      const i = plan.subAreas.findIndex((a) => a.id === edit.subAreaId);
      const area = plan.subAreas[i];
      if (!area) return fail("unknownArea", edit);
      const updated = { ...area, ...edit.patch, id: area.id, name: area.name };
      if (!SubArea.safeParse(updated).success) return fail("invalidShape", edit);
      if (updated.groupId !== null && !plan.subAreaGroups.some((g) => g.id === updated.groupId))
        return fail("unknownArea", edit);
      const old: SubAreaPatch = {};
      if ("code" in edit.patch) old.code = area.code;
      if ("groupId" in edit.patch) old.groupId = area.groupId;
      return {
        ok: true,
        plan: { ...plan, subAreas: replaceAt(plan.subAreas, i, updated) },
        inverse: { type: "updateSubArea", subAreaId: area.id, patch: old },
      };
    }
    case "setSubAreaGroups": {
      const ids = new Set<string>();
      for (const g of edit.groups) {
        if (!SubAreaGroup.safeParse(g).success || g.name.trim() === "") return fail("invalidShape", edit);
        if (ids.has(g.id)) return fail("duplicateId", edit);
        ids.add(g.id);
      }
      // A group still holding sub-areas cannot go: its sub-areas are moved out first (in a batch).
      if (plan.subAreas.some((a) => a.groupId !== null && !ids.has(a.groupId)))
        return fail("unknownArea", edit);
      return {
        ok: true,
        plan: { ...plan, subAreaGroups: edit.groups },
        inverse: { type: "setSubAreaGroups", groups: plan.subAreaGroups },
      };
    }
    case "batch":
      return applyBatch(plan, edit);
    case "replacePlan": {
      if (edit.plan.id !== plan.id) return fail("otherPlan", edit);
      const parsed = Plan.safeParse(edit.plan);
      if (!parsed.success || checkPlan(parsed.data).length > 0) return fail("invalidPlan", edit);
      return { ok: true, plan: edit.plan, inverse: { type: "replacePlan", plan } };
    }
  }
}

function applyBatch(plan: Plan, edit: Extract<Edit, { type: "batch" }>): EditResult {
  let current = plan;
  const inverses: Edit[] = [];
  for (const e of edit.edits) {
    const r = applyNfcEdit(current, e);
    if (!r.ok) return r;
    current = r.plan;
    inverses.push(r.inverse);
  }
  return { ok: true, plan: current, inverse: { type: "batch", edits: inverses.reverse() } };
}

/** Adding the first sub-area moves the whole plan's figures into it, so that nothing is lost. */
function addSubArea(plan: Plan, edit: Extract<Edit, { type: "addSubArea" }>): EditResult {
  const name = edit.subArea.name.trim();
  if (name === "" || edit.subArea.id === WHOLE_AREA || !SubArea.safeParse(edit.subArea).success) {
    return fail("invalidShape", edit);
  }
  if (plan.subAreas.some((a) => a.id === edit.subArea.id)) return fail("duplicateId", edit);
  const group = edit.subArea.groupId;
  if (group !== null && !plan.subAreaGroups.some((g) => g.id === group)) return fail("unknownArea", edit);
  const first = plan.subAreas.length === 0;
  const indicators = first
    ? plan.indicators.map((ind) => {
        const { [WHOLE_AREA]: whole, ...rest } = ind.series;
        return whole ? { ...ind, series: { ...rest, [edit.subArea.id]: whole } } : ind;
      })
    : plan.indicators;
  return {
    ok: true,
    plan: { ...plan, subAreas: insertAt(plan.subAreas, edit.index, edit.subArea), indicators },
    inverse: { type: "removeSubArea", subAreaId: edit.subArea.id },
  };
}

/** Removing the last sub-area moves its figures back to the whole plan. */
function removeSubArea(plan: Plan, edit: Extract<Edit, { type: "removeSubArea" }>): EditResult {
  const index = plan.subAreas.findIndex((a) => a.id === edit.subAreaId);
  const area = plan.subAreas[index];
  if (!area) return fail("unknownArea", edit);
  const last = plan.subAreas.length === 1;
  const restore: Edit[] = [];
  const indicators = plan.indicators.map((ind) => {
    const { [area.id]: own, ...rest } = ind.series;
    if (own) restore.push({ type: "setSeries", indicatorId: ind.id, area: area.id, series: own });
    if (last && own) return { ...ind, series: { ...rest, [WHOLE_AREA]: own } };
    return own ? { ...ind, series: rest } : ind;
  });
  return {
    ok: true,
    plan: { ...plan, subAreas: plan.subAreas.filter((a) => a.id !== area.id), indicators },
    inverse: { type: "batch", edits: [{ type: "addSubArea", subArea: area, index }, ...restore] },
  };
}
