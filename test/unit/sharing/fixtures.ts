// Fixtures for the sharing tests: the demonstration plan (sub-areas, actuals) with Bạc Liêu's tasks,
// and a fast-check model of "another version of the same plan" (what a colleague sends back).
import fc from "fast-check";
import type { CellValue } from "../../../src/domain/cells";
import { applyEdit, type Edit } from "../../../src/domain/edits";
import type { Indicator, Plan } from "../../../src/domain/schema";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

export const basePlan: Plan = structuredClone({ ...demoTraVinh, tasks: bacLieu2021.tasks });

export function apply(plan: Plan, edit: Edit): Plan {
  const r = applyEdit(plan, edit);
  if (!r.ok) throw new Error(`${r.error.problem}: ${JSON.stringify(r.error.edit)}`);
  return r.plan;
}

const YEARS = [2021, 2022, 2023, 2024, 2025];

/** A value valid for this indicator's cell, from a seed number. */
export function validValue(ind: Indicator, key: string, n: number, final: boolean): CellValue {
  const share = ind.kind === "share" || ind.unit === "percent";
  if (key === "baseline") return share ? n % 101 : n;
  if (key.startsWith("actual:")) {
    if (share) {
      const denominator = 100 + (n % 50);
      const numerator = n % (denominator + 1);
      return {
        value: (numerator / denominator) * 100,
        status: final ? "final" : "estimate",
        numerator,
        denominator,
      };
    }
    return { value: n, status: final ? "final" : "estimate" };
  }
  // total or plan: a target; growth rates and shares stay small.
  const v = share || ind.kind === "growth" ? n % 101 : n;
  return final ? { bound: "exact", value: v } : { bound: "range", min: v, max: v + 5 };
}

type Change =
  | { t: "cell"; ind: number; area: number; key: string; n: number; final: boolean; clear: boolean }
  | { t: "note"; ind: number; area: number; key: string; note: string | null }
  | { t: "name"; ind: number; name: string }
  | { t: "agency"; ind: number; agency: string }
  | { t: "removeIndicator"; ind: number }
  | { t: "addIndicator"; index: number; code: string }
  | { t: "task"; task: number; status: "notStarted" | "inProgress" | "done" }
  | { t: "title"; title: string };

const cellKeyArb = fc.oneof(
  fc.constant("baseline"),
  fc.constant("total"),
  fc.constantFrom(...YEARS.map((y) => `plan:${y}`)),
  fc.constantFrom(...YEARS.map((y) => `actual:${y}`)),
);

const changeArb: fc.Arbitrary<Change> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant("cell" as const),
      ind: fc.nat(),
      area: fc.nat(),
      key: cellKeyArb,
      n: fc.integer({ min: 0, max: 9999 }),
      final: fc.boolean(),
      clear: fc.boolean(),
    }),
  },
  fc.record({
    t: fc.constant("note" as const),
    ind: fc.nat(),
    area: fc.nat(),
    key: cellKeyArb,
    note: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: null }),
  }),
  fc.record({
    t: fc.constant("name" as const),
    ind: fc.nat(),
    name: fc.string({ minLength: 1, maxLength: 30 }),
  }),
  fc.record({ t: fc.constant("agency" as const), ind: fc.nat(), agency: fc.string({ maxLength: 30 }) }),
  fc.record({ t: fc.constant("removeIndicator" as const), ind: fc.nat() }),
  fc.record({ t: fc.constant("addIndicator" as const), index: fc.nat(), code: fc.string({ maxLength: 5 }) }),
  fc.record({
    t: fc.constant("task" as const),
    task: fc.nat(),
    status: fc.constantFrom("notStarted" as const, "inProgress" as const, "done" as const),
  }),
  fc.record({ t: fc.constant("title" as const), title: fc.string({ minLength: 1, maxLength: 40 }) }),
);

let added = 0;

/** Apply generated changes through the edit path (so that every version is a valid plan). */
export function changed(plan: Plan, changes: readonly Change[]): Plan {
  let p = plan;
  for (const c of changes) {
    const ind = "ind" in c ? p.indicators[c.ind % Math.max(1, p.indicators.length)] : undefined;
    const area = "area" in c ? (p.subAreas[c.area % p.subAreas.length]?.id ?? "all") : "all";
    let edit: Edit | null = null;
    if (c.t === "cell" && ind)
      edit = {
        type: "setCell",
        indicatorId: ind.id,
        area,
        key: c.key,
        value: c.clear ? null : validValue(ind, c.key, c.n, c.final),
      };
    else if (c.t === "note" && ind)
      edit = { type: "setNote", indicatorId: ind.id, area, key: c.key, note: c.note };
    else if (c.t === "name" && ind)
      edit = { type: "updateIndicator", indicatorId: ind.id, patch: { name: c.name } };
    else if (c.t === "agency" && ind)
      edit = { type: "updateIndicator", indicatorId: ind.id, patch: { agency: c.agency } };
    else if (c.t === "removeIndicator" && ind && p.indicators.length > 1)
      edit = { type: "removeIndicator", indicatorId: ind.id };
    else if (c.t === "addIndicator") {
      const template = p.indicators[0] as Indicator;
      added += 1;
      edit = {
        type: "addIndicator",
        index: c.index % (p.indicators.length + 1),
        indicator: { ...structuredClone(template), id: `new-${added}`, code: c.code },
      };
    } else if (c.t === "task" && p.tasks.length > 0) {
      const task = p.tasks[c.task % p.tasks.length]!;
      edit = { type: "updateTask", taskId: task.id, patch: { status: c.status } };
    } else if (c.t === "title") edit = { type: "setDetails", patch: { title: c.title } };
    if (!edit) continue;
    const r = applyEdit(p, edit);
    // A generated value the model refuses (a year actual beside halves …) is simply not made.
    if (r.ok) p = r.plan;
  }
  return p;
}

/** Two versions of one plan: both start from basePlan and each goes its own way. */
export const twoVersionsArb = fc
  .tuple(fc.array(changeArb, { maxLength: 12 }), fc.array(changeArb, { maxLength: 25 }))
  .map(([localChanges, fileChanges]) => ({
    local: changed(basePlan, localChanges),
    file: changed(basePlan, fileChanges),
  }));

/** Without the stored times, which a merge never takes. */
export function content(plan: Plan): Omit<Plan, "createdAt" | "updatedAt"> {
  const { createdAt: _c, updatedAt: _u, ...rest } = plan;
  return rest;
}
