// Which stored records an edit changes. The edit says where to look (its scope: the details, some
// indicators, some tasks); comparing the plan before and after inside that scope gives the exact
// records to write, so a cell edit writes one cell record however large the plan is.
import { applyEdit, type Edit } from "../domain/edits";
import { type CellValue, listCells } from "../domain/cells";
import { areasOf } from "../domain/planAreas";
import type { Plan, Series } from "../domain/schema";
import { detailsContent, indicatorContent, NOTE_PREFIX } from "./planRecords";
import { listBases, listStillWritten } from "./listFields";
import { stableJson } from "./stableJson";

export interface Scope {
  details: boolean;
  indicators: Set<string> | "all";
  tasks: Set<string> | "all";
  /** The list of indicators (tasks) gained, lost or reordered an item. */
  indicatorOrder: boolean;
  taskOrder: boolean;
}

export function scopeOf(edit: Edit): Scope {
  const scope: Scope = {
    details: false,
    indicators: new Set(),
    tasks: new Set(),
    indicatorOrder: false,
    taskOrder: false,
  };
  addScope(scope, edit);
  return scope;
}

function addScope(scope: Scope, edit: Edit): void {
  const ind = (id: string) => {
    if (scope.indicators !== "all") scope.indicators.add(id);
  };
  const task = (id: string) => {
    if (scope.tasks !== "all") scope.tasks.add(id);
  };
  switch (edit.type) {
    case "setCell":
    case "setNote":
    case "setSeries":
    case "updateIndicator":
    case "removeIndicator":
      ind(edit.indicatorId);
      return;
    case "addIndicator":
      ind(edit.indicator.id);
      scope.indicatorOrder = true;
      return;
    case "moveIndicator":
      ind(edit.indicatorId);
      scope.indicatorOrder = true;
      return;
    case "setDetails":
      scope.details = true;
      return;
    case "updateTask":
    case "removeTask":
      task(edit.taskId);
      return;
    case "addTask":
      task(edit.task.id);
      scope.taskOrder = true;
      return;
    case "moveTask":
      task(edit.taskId);
      scope.taskOrder = true;
      return;
    case "addSubArea":
    case "removeSubArea":
    case "renameSubArea":
      // Adding the first or removing the last sub-area moves figures of every indicator.
      scope.details = true;
      scope.indicators = "all";
      return;
    case "moveSubArea":
    case "updateSubArea":
    case "setSubAreaGroups":
      // Sub-areas and their groups are fields of the plan's details.
      scope.details = true;
      return;
    case "batch":
      for (const e of edit.edits) addScope(scope, e);
      return;
    case "replacePlan":
      scope.details = true;
      scope.indicators = "all";
      scope.tasks = "all";
      scope.indicatorOrder = true;
      scope.taskOrder = true;
      return;
  }
}

export type RecordRef =
  | { table: "plans" }
  | { table: "indicators"; id: string }
  | { table: "tasks"; id: string }
  | { table: "cells"; indicatorId: string; area: string; key: string };

/**
 * One record to write. `put` creates or replaces a record; `patch` sets some fields of an existing
 * one (so two tabs changing different fields of a plan both keep their change); `clear` leaves a
 * cleared value's tombstone; `delete` removes the record (an indicator: with all its values).
 */
export type Change =
  | { ref: RecordRef; op: "put"; content: Record<string, unknown> }
  | {
      ref: RecordRef;
      op: "patch";
      fields: Record<string, unknown>;
      /** Lists the edit changed, as they were before it: written merged by id (listFields.ts). */
      lists?: Record<string, unknown[]>;
    }
  | { ref: RecordRef; op: "clear" }
  | { ref: RecordRef; op: "delete" };

export function refKey(ref: RecordRef): string {
  switch (ref.table) {
    case "plans":
      return "plans";
    case "indicators":
    case "tasks":
      return stableJson([ref.table, ref.id]);
    case "cells":
      return stableJson([ref.table, ref.indicatorId, ref.area, ref.key]);
  }
}

function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> | null {
  let out: Record<string, unknown> | null = null;
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (stableJson(before[k]) !== stableJson(after[k])) {
      out ??= {};
      out[k] = after[k];
    }
  }
  return out;
}

function diffObject(
  ref: RecordRef,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  out: Change[],
): void {
  if (!before && !after) return;
  if (!after) out.push({ ref, op: "delete" });
  else if (!before) out.push({ ref, op: "put", content: after });
  else {
    const fields = changedFields(before, after);
    const lists = fields && listBases(before, fields);
    if (fields) out.push(lists ? { ref, op: "patch", fields, lists } : { ref, op: "patch", fields });
  }
}

/** The records that differ between two versions of a plan, inside the scope of an edit. */
export function diffInScope(before: Plan, after: Plan, scope: Scope): Change[] {
  const out: Change[] = [];
  if (scope.details) diffObject({ table: "plans" }, detailsContent(before), detailsContent(after), out);

  const ids =
    scope.indicators === "all"
      ? new Set([...before.indicators, ...after.indicators].map((i) => i.id))
      : scope.indicators;
  const beforeById = new Map(before.indicators.map((i) => [i.id, i]));
  const afterById = new Map(after.indicators.map((i) => [i.id, i]));
  for (const id of ids) {
    const b = beforeById.get(id);
    const a = afterById.get(id);
    // Edits replace what they change: the same object is the same content (a paste over 300
    // indicators compares only the series it touched).
    if (a && a === b) continue;
    diffObject({ table: "indicators", id }, b && indicatorContent(b), a && indicatorContent(a), out);
    // A removed indicator's values go with it (the delete removes them all).
    if (!a) continue;
    for (const area of new Set([...Object.keys(b?.series ?? {}), ...Object.keys(a.series)])) {
      const bs = b?.series[area];
      const as = a.series[area];
      if (bs !== as) diffSeries(id, area, bs, as, out);
    }
  }

  const taskIds =
    scope.tasks === "all" ? new Set([...before.tasks, ...after.tasks].map((t) => t.id)) : scope.tasks;
  for (const id of taskIds) {
    const b = before.tasks.find((t) => t.id === id);
    const a = after.tasks.find((t) => t.id === id);
    diffObject({ table: "tasks", id }, b, a, out);
  }
  return out;
}

function diffSeries(
  indicatorId: string,
  area: string,
  before: Series | undefined,
  after: Series | undefined,
  out: Change[],
): void {
  const bc = before ? seriesCells(before) : new Map<string, CellValue | string>();
  const ac = after ? seriesCells(after) : new Map<string, CellValue | string>();
  for (const [key, value] of ac) {
    const old = bc.get(key);
    if (old === undefined || (old !== value && stableJson(old) !== stableJson(value))) {
      out.push({ ref: { table: "cells", indicatorId, area, key }, op: "put", content: { value } });
    }
  }
  for (const key of bc.keys()) {
    if (ac.has(key)) continue;
    // A value cleared in an area that still exists is cleared; the values of a removed area go.
    out.push({ ref: { table: "cells", indicatorId, area, key }, op: after ? "clear" : "delete" });
  }
}

/** Every value and note of one series by its stored key ("note:" + key for a note). */
function seriesCells(s: Series): Map<string, CellValue | string> {
  const out = new Map<string, CellValue | string>(listCells(s));
  for (const [key, note] of Object.entries(s.notes)) out.set(NOTE_PREFIX + key, note);
  return out;
}

/** The stored content a record has in this plan (null when absent) — to tell whether it changed. */
export function contentAt(plan: Plan, ref: RecordRef): Record<string, unknown> | null {
  switch (ref.table) {
    case "plans":
      return detailsContent(plan);
    case "indicators": {
      const ind = plan.indicators.find((i) => i.id === ref.id);
      return ind ? indicatorContent(ind) : null;
    }
    case "tasks":
      return plan.tasks.find((t) => t.id === ref.id) ?? null;
    case "cells": {
      const s = plan.indicators.find((i) => i.id === ref.indicatorId)?.series[ref.area];
      const value = s ? seriesCells(s).get(ref.key) : undefined;
      return value === undefined ? null : { value };
    }
  }
}

/** What an edit wrote, in a form that can be checked later against the plan as it then is. */
export interface Written {
  ref: RecordRef;
  /** The fields written (all content for a put), or null for a removed or cleared record. */
  values: Record<string, unknown> | null;
  /** The lists among them as they were before (a list still holds the edit's own changes). */
  lists?: Record<string, unknown[]>;
}

export function writtenBy(changes: readonly Change[]): Written[] {
  return changes.map((c) => ({
    ref: c.ref,
    values: c.op === "put" ? c.content : c.op === "patch" ? c.fields : null,
    ...(c.op === "patch" && c.lists ? { lists: c.lists } : {}),
  }));
}

/**
 * Fields that follow from the data rather than being typed: an indicator's list of areas changes
 * when anyone puts the first value in an area, so it says nothing about who changed what.
 */
const DERIVED_FIELDS: ReadonlySet<string> = new Set(["areas"]);

/**
 * True when every record still holds what the edit wrote (no other tab changed it since).
 * `waiting`: the edit's write has not landed yet; it will land as it was made, so only whether each
 * record it wrote is still there (or still gone) is asked — another tab may have removed one.
 */
export function stillAsWritten(plan: Plan, written: readonly Written[], waiting = false): boolean {
  const areas = waiting ? new Set(areasOf(plan)) : null;
  const indicators = waiting ? new Set(plan.indicators.map((i) => i.id)) : null;
  return written.every(({ ref, values, lists }) => {
    // A value the waiting write puts lands wherever its indicator and area still are, even where the
    // plan shown (the edit laid again over the newest plan) has none: a first sub-area takes the
    // whole-plan values as they were when it was added (storage soak, finding 16).
    if (areas && indicators && values !== null && ref.table === "cells")
      return areas.has(ref.area) && indicators.has(ref.indicatorId);
    const now = contentAt(plan, ref);
    if (values === null) return now === null;
    if (now === null) return false;
    return (
      waiting ||
      Object.entries(values).every(([k, v]) => {
        if (DERIVED_FIELDS.has(k)) return true;
        // A list (the sub-areas) may have gained another tab's items since: only this edit's own count.
        const base = lists?.[k];
        return base ? listStillWritten(now[k], base, v) : stableJson(now[k]) === stableJson(v);
      })
    );
  });
}

/**
 * The records this tab's writes still waiting (a full disk) will remove when they land: whatever
 * another tab wrote there since goes with them, so it is not the other tab's to lose to an undo
 * (storage soak, issue 15, finding 15: a value pasted by the other tab into an indicator whose
 * removal waits).
 */
export class OwnRemovals {
  private readonly records = new Set<string>();
  private readonly indicators = new Set<string>();

  constructor(changes: Iterable<Change> = []) {
    for (const c of changes) {
      if (c.op !== "delete" && c.op !== "clear") continue;
      this.records.add(refKey(c.ref));
      if (c.op === "delete" && c.ref.table === "indicators") this.indicators.add(c.ref.id);
    }
  }

  /** The record goes with one of these writes (a value, also with its indicator). */
  has(ref: RecordRef): boolean {
    return this.records.has(refKey(ref)) || (ref.table === "cells" && this.indicators.has(ref.indicatorId));
  }
}

const noRemovals = new OwnRemovals();

/**
 * True when undoing (the edit `undo`, applied to `plan`) overwrites or removes only records the
 * original edit wrote: undo may put back what the edit removed, but never takes away a value
 * another tab added since — a value typed into an indicator or sub-area this tab had added, which
 * undoing the addition would delete with it (found by the storage soak, issue 15).
 */
export function undoTakesOnlyOwn(
  plan: Plan,
  undo: Edit,
  written: readonly Written[],
  stored: Plan = plan,
  removing: OwnRemovals = noRemovals,
): boolean {
  const r = applyEdit(plan, undo);
  if (!r.ok) return true;
  // The records the edit wrote, with the fields each patch wrote (null: the whole record).
  const fields = new Map(
    written.map((w) => [refKey(w.ref), w.values ? new Set(Object.keys(w.values)) : null]),
  );
  for (const c of diffInScope(plan, r.plan, scopeOf(undo))) {
    const changed = c.op === "patch" ? Object.keys(c.fields).filter((k) => !DERIVED_FIELDS.has(k)) : null;
    if (changed?.length === 0) continue;
    // Only what is stored can be another tab's: a record this tab shows only because its own waiting
    // edits are laid over the stored plan (values a waiting first sub-area moved into it) is its own
    // (storage soak, seed 20261208); and putting back the value stored there takes nothing away.
    const key = refKey(c.ref);
    const storedNow = removing.has(c.ref) ? null : contentAt(stored, c.ref);
    if (
      storedNow === null ||
      (c.op === "put" && c.ref.table === "cells" && stableJson(storedNow) === stableJson(c.content))
    )
      continue;
    if (!fields.has(key)) return false;
    // A patch may take back only fields the edit wrote: undoing a file imported over the plan does
    // not bring back a sub-area another tab removed since (storage soak, seed 20261204).
    const wrote = fields.get(key);
    if (changed && wrote && !changed.every((k) => wrote.has(k))) return false;
    if (c.ref.table !== "indicators" || c.op !== "delete") continue;
    // A removed indicator takes its values with it: each must be one the edit wrote.
    const indicatorId = c.ref.id;
    const ind = stored.indicators.find((i) => i.id === indicatorId);
    for (const [area, s] of Object.entries(ind?.series ?? {}))
      for (const cell of seriesCells(s).keys()) {
        const ref: RecordRef = { table: "cells", indicatorId, area, key: cell };
        if (!fields.has(refKey(ref)) && !removing.has(ref)) return false;
      }
  }
  return true;
}
