// What differs between two versions of the same plan: the plan here ("local") and another version
// of it ("file": an imported file, a commune's returned part, a snapshot). Used by merge (a table of
// differing cells, local value vs file value, with a choice per line) and by snapshots ("what
// changed against the current plan"). Indicators, tasks and sub-areas are matched by id.
//
// Every difference is one item with a stable id, so that a choice can be kept per item. Cells of an
// indicator or a sub-area that exists on one side only are not listed one by one: they travel with
// the item that adds or removes that indicator or sub-area.
import { type CellValue, emptySeries, getCell, listCells } from "../cells";
import type { Indicator, Plan, PlanDetails, Series, SubArea, Task } from "../schema";
import { areasOf } from "../planAreas";
import { sameCell, sameData } from "./sameValue";

/** Plan details a merge can take from the file (not the id, the times or the sub-areas). */
export const DETAIL_FIELDS = [
  "title",
  "documentType",
  "province",
  "issuingBody",
  "legalRef",
  "startYear",
  "endYear",
  "baselineYear",
  "reporting",
  "moneyScale",
  "notes",
  "illustrative",
  "templateId",
] as const satisfies readonly (keyof PlanDetails)[];
export type DetailField = (typeof DETAIL_FIELDS)[number];

export const INDICATOR_FIELDS = [
  "code",
  "group",
  "name",
  "unit",
  "kind",
  "direction",
  "baselineYear",
  "agency",
  "source",
  "note",
] as const satisfies readonly (keyof Indicator)[];
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export const TASK_FIELDS = [
  "code",
  "title",
  "agency",
  "deadline",
  "status",
  "note",
  "source",
] as const satisfies readonly (keyof Task)[];
export type TaskField = (typeof TASK_FIELDS)[number];

export type DiffItem =
  | { id: string; type: "detail"; field: DetailField; local: unknown; file: unknown }
  | { id: string; type: "subAreaAdded"; subArea: SubArea; index: number }
  | { id: string; type: "subAreaRemoved"; subArea: SubArea }
  | { id: string; type: "subAreaRenamed"; subAreaId: string; local: string; file: string }
  | { id: string; type: "indicatorAdded"; indicator: Indicator; index: number }
  | { id: string; type: "indicatorRemoved"; indicator: Indicator }
  | {
      id: string;
      type: "indicatorField";
      indicatorId: string;
      field: IndicatorField;
      local: unknown;
      file: unknown;
    }
  | {
      id: string;
      type: "cell";
      indicatorId: string;
      area: string;
      key: string;
      local: CellValue | null;
      file: CellValue | null;
    }
  | {
      id: string;
      type: "note";
      indicatorId: string;
      area: string;
      key: string;
      local: string | null;
      file: string | null;
    }
  | { id: string; type: "taskAdded"; task: Task; index: number }
  | { id: string; type: "taskRemoved"; task: Task }
  | { id: string; type: "taskField"; taskId: string; field: TaskField; local: unknown; file: unknown };

export type DiffItemType = DiffItem["type"];
export type CellDiff = Extract<DiffItem, { type: "cell" }>;
export type NoteDiff = Extract<DiffItem, { type: "note" }>;

export interface PlanDiff {
  /** Whether both are versions of one plan (same id). A diff of different plans is still built. */
  sameId: boolean;
  /**
   * One side has sub-areas and the other has none: their figures cannot be compared area by area,
   * and a merge that takes the file's sub-areas is refused (open the file as a copy or replace).
   */
  layoutDiffers: boolean;
  items: DiffItem[];
}

/** A stable, unambiguous id for a difference (ids of indicators may contain any character). */
export function diffItemId(...parts: readonly (string | number)[]): string {
  return JSON.stringify(parts);
}

function seriesDiff(indicatorId: string, area: string, local: Series, file: Series): DiffItem[] {
  const out: DiffItem[] = [];
  const keys = new Set<string>();
  for (const [k] of listCells(local)) keys.add(k);
  for (const [k] of listCells(file)) keys.add(k);
  for (const key of keys) {
    const l = getCell(local, key);
    const f = getCell(file, key);
    if (!sameCell(l, f)) {
      out.push({
        id: diffItemId("cell", indicatorId, area, key),
        type: "cell",
        indicatorId,
        area,
        key,
        local: l,
        file: f,
      });
    }
  }
  const noteKeys = new Set([...Object.keys(local.notes), ...Object.keys(file.notes)]);
  for (const key of noteKeys) {
    const l = local.notes[key] ?? null;
    const f = file.notes[key] ?? null;
    if (l !== f) {
      out.push({
        id: diffItemId("note", indicatorId, area, key),
        type: "note",
        indicatorId,
        area,
        key,
        local: l,
        file: f,
      });
    }
  }
  return out;
}

function fieldItems<T, F extends keyof T & string>(
  fields: readonly F[],
  local: T,
  file: T,
  make: (field: F, l: unknown, f: unknown) => DiffItem,
): DiffItem[] {
  return fields.filter((f) => !sameData(local[f], file[f])).map((f) => make(f, local[f], file[f]));
}

export function planDiff(local: Plan, file: Plan): PlanDiff {
  const items: DiffItem[] = [];
  items.push(
    ...fieldItems(DETAIL_FIELDS, local, file, (field, l, f) => ({
      id: diffItemId("detail", field),
      type: "detail",
      field,
      local: l,
      file: f,
    })),
  );

  const layoutDiffers = (local.subAreas.length === 0) !== (file.subAreas.length === 0);
  const localAreas = new Map(local.subAreas.map((a) => [a.id, a]));
  const fileAreas = new Map(file.subAreas.map((a) => [a.id, a]));
  file.subAreas.forEach((a, index) => {
    const mine = localAreas.get(a.id);
    if (!mine) items.push({ id: diffItemId("subAreaAdded", a.id), type: "subAreaAdded", subArea: a, index });
    else if (mine.name !== a.name)
      items.push({
        id: diffItemId("subAreaRenamed", a.id),
        type: "subAreaRenamed",
        subAreaId: a.id,
        local: mine.name,
        file: a.name,
      });
  });
  for (const a of local.subAreas) {
    if (!fileAreas.has(a.id))
      items.push({ id: diffItemId("subAreaRemoved", a.id), type: "subAreaRemoved", subArea: a });
  }

  const fileAreaIds = new Set(areasOf(file));
  const commonAreas = areasOf(local).filter((a) => fileAreaIds.has(a));
  const fileInds = new Map(file.indicators.map((i) => [i.id, i]));
  const localIds = new Set(local.indicators.map((i) => i.id));
  for (const ind of local.indicators) {
    if (!fileInds.has(ind.id))
      items.push({ id: diffItemId("indicatorRemoved", ind.id), type: "indicatorRemoved", indicator: ind });
  }
  file.indicators.forEach((ind, index) => {
    if (!localIds.has(ind.id))
      items.push({ id: diffItemId("indicatorAdded", ind.id), type: "indicatorAdded", indicator: ind, index });
  });
  for (const ind of local.indicators) {
    const other = fileInds.get(ind.id);
    if (!other) continue;
    items.push(
      ...fieldItems(INDICATOR_FIELDS, ind, other, (field, l, f) => ({
        id: diffItemId("indicatorField", ind.id, field),
        type: "indicatorField",
        indicatorId: ind.id,
        field,
        local: l,
        file: f,
      })),
    );
    for (const area of commonAreas) {
      items.push(
        ...seriesDiff(ind.id, area, ind.series[area] ?? emptySeries(), other.series[area] ?? emptySeries()),
      );
    }
  }

  const fileTasks = new Map(file.tasks.map((t) => [t.id, t]));
  const localTaskIds = new Set(local.tasks.map((t) => t.id));
  for (const task of local.tasks) {
    const other = fileTasks.get(task.id);
    if (!other) {
      items.push({ id: diffItemId("taskRemoved", task.id), type: "taskRemoved", task });
      continue;
    }
    items.push(
      ...fieldItems(TASK_FIELDS, task, other, (field, l, f) => ({
        id: diffItemId("taskField", task.id, field),
        type: "taskField",
        taskId: task.id,
        field,
        local: l,
        file: f,
      })),
    );
  }
  file.tasks.forEach((task, index) => {
    if (!localTaskIds.has(task.id))
      items.push({ id: diffItemId("taskAdded", task.id), type: "taskAdded", task, index });
  });

  return { sameId: local.id === file.id, layoutDiffers, items };
}

/** The differing cells only: the merge table's rows. */
export function cellDiffs(diff: PlanDiff): CellDiff[] {
  return diff.items.filter((i): i is CellDiff => i.type === "cell");
}

/** How many differences of each type: for a summary line ("12 ô khác nhau, 1 chỉ tiêu mới"). */
export function countByType(diff: PlanDiff): Partial<Record<DiffItemType, number>> {
  const out: Partial<Record<DiffItemType, number>> = {};
  for (const i of diff.items) out[i.type] = (out[i.type] ?? 0) + 1;
  return out;
}
