// The soak's plain view of a plan: a map of "atoms", the smallest things a planner changes and the
// storage promises to keep apart — one details field, one field of an indicator or task, one value
// or note of one series — and the order of the indicator and task lists kept beside it. Two plans
// hold the same data when their atoms and orders are equal. The model only ever applies the atoms
// an edit changed (what a tab writes), never whole plans, so it says what must survive when two
// tabs write at once.
import { listCells } from "../../../../src/domain/cells";
import type { Plan } from "../../../../src/domain/schema";
import { detailsContent, NOTE_PREFIX } from "../../../../src/storage/planRecords";
import { stableJson } from "../../../../src/storage/stableJson";

export type Atoms = Map<string, string>;

export const detailAtom = (field: string) => JSON.stringify(["d", field]);
export const indicatorAtom = (id: string, field?: string) =>
  JSON.stringify(field === undefined ? ["i", id] : ["i", id, field]);
export const cellAtom = (id: string, area: string, key: string) => JSON.stringify(["c", id, area, key]);
export const taskAtom = (id: string, field?: string) =>
  JSON.stringify(field === undefined ? ["t", id] : ["t", id, field]);

export const parseAtom = (key: string): string[] => JSON.parse(key) as string[];

/** Every atom of a plan; empty series hold none (an empty series and a missing one look alike). */
export function atomsOf(plan: Plan): Atoms {
  const out: Atoms = new Map();
  for (const [k, v] of Object.entries(detailsContent(plan))) out.set(detailAtom(k), stableJson(v));
  for (const ind of plan.indicators) {
    out.set(indicatorAtom(ind.id), "1");
    for (const [k, v] of Object.entries(ind))
      if (k !== "series") out.set(indicatorAtom(ind.id, k), stableJson(v));
    for (const [area, s] of Object.entries(ind.series)) {
      for (const [key, v] of listCells(s)) out.set(cellAtom(ind.id, area, key), stableJson(v));
      for (const [key, note] of Object.entries(s.notes))
        out.set(cellAtom(ind.id, area, NOTE_PREFIX + key), stableJson(note));
    }
  }
  for (const task of plan.tasks) {
    out.set(taskAtom(task.id), "1");
    for (const [k, v] of Object.entries(task)) out.set(taskAtom(task.id, k), stableJson(v));
  }
  return out;
}

/** The areas a plan's values may live in: its sub-areas, or "all" when it has none. */
export function validAreas(atoms: Atoms): Set<string> {
  const subAreas = JSON.parse(atoms.get(detailAtom("subAreas")) ?? "[]") as { id: string }[];
  return new Set(subAreas.length > 0 ? subAreas.map((a) => a.id) : ["all"]);
}

/**
 * What a planner can see of stored atoms: values of an indicator that exists, in an area the plan
 * has. (Values left behind by a removed indicator stay in the model and come back if it does.)
 */
export function visible(atoms: Atoms): Atoms {
  const areas = validAreas(atoms);
  const out: Atoms = new Map();
  for (const [k, v] of atoms) {
    const p = parseAtom(k);
    if (p[0] === "c" && (!atoms.has(indicatorAtom(p[1]!)) || !areas.has(p[2]!))) continue;
    if ((p[0] === "i" || p[0] === "t") && p.length === 3 && !atoms.has(JSON.stringify([p[0], p[1]])))
      continue;
    out.set(k, v);
  }
  return out;
}

/** The differences between two sets of atoms, one line each, for a failure message. */
export function atomDiff(expected: Atoms, actual: Atoms, limit = 12): string[] {
  const lines: string[] = [];
  for (const [k, v] of expected) {
    const a = actual.get(k);
    if (a !== v) lines.push(`${k}: expected ${v}, stored ${a ?? "(missing)"}`);
  }
  for (const [k, v] of actual) if (!expected.has(k)) lines.push(`${k}: expected (missing), stored ${v}`);
  return lines.slice(0, limit);
}

export const sameAtoms = (a: Atoms, b: Atoms): boolean =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
