// The model: what the database must hold, given only what each tab was told. A write is a Delta —
// the atoms one edit changed in the tab that made it — and it reaches the model only when the tab's
// write queue says it landed. Undo is decided on the model's atoms: a step goes back only while
// everything it wrote is still there.
import type { Edit } from "../../../../src/domain/edits";
import type { Plan } from "../../../../src/domain/schema";
import { listStillHolds, mergeList, type ListMerge } from "../../../../src/domain/listMerge";
import { assignOrders } from "../../../../src/storage/order";
import { stableJson } from "../../../../src/storage/stableJson";
import {
  type Atoms,
  atomsOf,
  cellAtom,
  detailAtom,
  indicatorAtom,
  parseAtom,
  taskAtom,
  validAreas,
  visible,
} from "./atoms";

export interface OrderChange {
  /** The list as the tab saw it before the edit, and after. */
  before: string[];
  after: string[];
}

export interface Delta {
  now: string;
  set: Map<string, string>;
  /** Atoms removed one by one (a value cleared, a note deleted). */
  del: Set<string>;
  /** Series removed whole ([indicatorId, area]): every value of it goes. */
  dropSeries: [string, string][];
  /** Indicators and tasks removed: all their atoms (and values) go. */
  dropIndicators: string[];
  dropTasks: string[];
  /** Indicators whose list of areas changed (no atom, but the record is written). */
  areas: Set<string>;
  indicatorOrder: OrderChange | null;
  taskOrder: OrderChange | null;
  /** List atoms (the sub-areas, their groups) the edit changed, as before and after: merged by id. */
  lists: Map<string, { base: unknown[]; next: unknown[] }>;
}

export interface UndoEntry {
  inverse: Edit;
  /** Atom → what the edit left there (null: nothing). */
  written: Map<string, string | null>;
  /** The list atoms among them, as they were before the edit. */
  lists: Map<string, unknown[]>;
}

export interface ModelSession {
  blocked: boolean;
  unlanded: Delta[];
  undo: UndoEntry[];
  redo: UndoEntry[];
}

export interface Model {
  atoms: Atoms;
  /** Record → time of its last write (as the records' updatedAt would say). */
  recTime: Map<string, string>;
  /** The lists' order; null while two tabs' moves left it open (the next check reads it). */
  indicatorOrder: string[] | null;
  taskOrder: string[] | null;
  sessions: ModelSession[];
  /** Figures for the report. */
  stats: { steps: number; maxUndo: number; landed: number; lostToCrash: number; slowestStepMs: number };
}

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function newModel(plan: Plan, sessions: number): Model {
  const recTime = new Map<string, string>();
  return {
    atoms: atomsOf(plan),
    recTime,
    indicatorOrder: ids(plan.indicators),
    taskOrder: ids(plan.tasks),
    sessions: Array.from({ length: sessions }, () => ({ blocked: false, unlanded: [], undo: [], redo: [] })),
    stats: { steps: 0, maxUndo: 0, landed: 0, lostToCrash: 0, slowestStepMs: 0 },
  };
}

/** What one edit changed, as the tab that made it saw the plan. */
export function deltaOf(before: Plan, after: Plan, now: string): Delta {
  const a = atomsOf(before);
  const b = atomsOf(after);
  const d: Delta = {
    now,
    set: new Map(),
    del: new Set(),
    dropSeries: [],
    dropIndicators: [],
    dropTasks: [],
    areas: new Set(),
    indicatorOrder: null,
    taskOrder: null,
    lists: new Map(),
  };
  for (const field of LIST_ATOMS) {
    const [was, now] = [before, after].map((p) => p[field] as unknown[]);
    if (stableJson(was) !== stableJson(now)) d.lists.set(detailAtom(field), { base: was!, next: now! });
  }
  const afterInd = new Map(after.indicators.map((i) => [i.id, i]));
  for (const ind of before.indicators) {
    const next = afterInd.get(ind.id);
    if (!next) d.dropIndicators.push(ind.id);
    else {
      for (const area of Object.keys(ind.series))
        if (!(area in next.series)) d.dropSeries.push([ind.id, area]);
      if (Object.keys(ind.series).join() !== Object.keys(next.series).join()) d.areas.add(ind.id);
    }
  }
  const afterTasks = new Set(ids(after.tasks));
  d.dropTasks = ids(before.tasks).filter((id) => !afterTasks.has(id));
  const dropped = (k: string) => {
    const p = parseAtom(k);
    if (p[0] === "i") return d.dropIndicators.includes(p[1]!);
    if (p[0] === "t") return d.dropTasks.includes(p[1]!);
    if (p[0] === "c")
      return d.dropIndicators.includes(p[1]!) || d.dropSeries.some(([i, ar]) => i === p[1] && ar === p[2]);
    return false;
  };
  for (const [k, v] of b) if (a.get(k) !== v) d.set.set(k, v);
  for (const k of a.keys()) if (!b.has(k) && !dropped(k)) d.del.add(k);
  const order = (x: string[], y: string[]): OrderChange | null => {
    const kept = x.filter((id) => y.includes(id));
    return sameList(kept, y) ? null : { before: x, after: y };
  };
  d.indicatorOrder = order(ids(before.indicators), ids(after.indicators));
  d.taskOrder = order(ids(before.tasks), ids(after.tasks));
  return d;
}

export function isEmptyDelta(d: Delta): boolean {
  return (
    d.set.size === 0 &&
    d.del.size === 0 &&
    d.dropSeries.length === 0 &&
    d.dropIndicators.length === 0 &&
    d.dropTasks.length === 0 &&
    d.areas.size === 0 &&
    !d.indicatorOrder &&
    !d.taskOrder &&
    d.lists.size === 0
  );
}

/** The record an atom is stored in. */
function recordOf(key: string): string {
  const p = parseAtom(key);
  if (p[0] === "d") return "plans";
  if (p[0] === "i") return `i:${p[1]}`;
  if (p[0] === "t") return `t:${p[1]}`;
  return `s:${JSON.stringify([p[1], p[2]])}`;
}

/** What an edit wrote, for undo: each atom it changed, and each item it moved must still exist. */
export function writtenBy(d: Delta, before: Atoms): Map<string, string | null> {
  const w = new Map<string, string | null>();
  for (const [k, v] of d.set) w.set(k, v);
  for (const k of d.del) w.set(k, null);
  for (const id of d.dropIndicators) w.set(indicatorAtom(id), null);
  for (const id of d.dropTasks) w.set(taskAtom(id), null);
  for (const [id, area] of d.dropSeries)
    for (const k of before.keys()) {
      const p = parseAtom(k);
      if (p[0] === "c" && p[1] === id && p[2] === area) w.set(k, null);
    }
  for (const id of movedIds(d.indicatorOrder)) if (!w.has(indicatorAtom(id))) w.set(indicatorAtom(id), "1");
  for (const id of movedIds(d.taskOrder)) if (!w.has(taskAtom(id))) w.set(taskAtom(id), "1");
  for (const id of d.areas) if (!w.has(indicatorAtom(id))) w.set(indicatorAtom(id), "1");
  return w;
}

/**
 * Undo may put back what its edit removed, but overwrite or remove only atoms its edit wrote:
 * anything else that exists now is another tab's (or a later edit's) and stays.
 */
export function takesOnlyOwn(atoms: Atoms, inv: Delta, written: Map<string, string | null>): boolean {
  const touched = [...inv.set.keys(), ...inv.del].filter((k) => atoms.has(k));
  for (const k of atoms.keys()) {
    const p = parseAtom(k);
    if ((p[0] === "i" || p[0] === "c") && inv.dropIndicators.includes(p[1]!)) touched.push(k);
    if (p[0] === "t" && inv.dropTasks.includes(p[1]!)) touched.push(k);
    if (p[0] === "c" && inv.dropSeries.some(([i, a]) => i === p[1] && a === p[2])) touched.push(k);
  }
  return touched.every((k) => written.has(k));
}

/** The atoms a tab shows: the stored ones with its own writes still on their way laid over them. */
export function sessionAtoms(m: Model, s: number): Atoms {
  const atoms = new Map(m.atoms);
  for (const d of m.sessions[s]!.unlanded) applyAtoms(atoms, d, () => true);
  return visible(atoms);
}

/**
 * The values a tab's waiting writes set, where the plan shown still has a place for them. The tab
 * lays its waiting edits again over each newer stored plan, one after the other: a value whose area
 * the stored plan no longer has when its edit is laid (another tab added the first sub-area) is not
 * shown, even if a later waiting edit of its own brings that area back; it shows once written.
 */
export function ownWaiting(m: Model, i: number): Atoms {
  const shown = sessionAtoms(m, i);
  const laid = new Map(m.atoms);
  const out: Atoms = new Map();
  // Only writes of values and fields: a waiting structural edit (a sub-area added, an indicator
  // removed) is shown laid again over what is stored now (and so is every later one), while its
  // write holds the values as they were when it was made — the two meet once it lands.
  const structural = (d: Delta) => d.dropSeries.length + d.dropIndicators.length + d.dropTasks.length > 0;
  const unlanded = m.sessions[i]!.unlanded;
  // So is a value that a later waiting structural edit writes as well: it shows as that edit, laid
  // again, makes it (finding 17: a removal of a sub-area another tab has already taken back).
  const rewritten = new Set(unlanded.filter(structural).flatMap((d) => [...d.set.keys(), ...d.del]));
  for (const d of unlanded) {
    if (structural(d)) break;
    const areas = validAreas(laid);
    for (const k of d.set.keys()) {
      const p = parseAtom(k);
      if ((p[0] === "c" && !areas.has(p[2]!)) || rewritten.has(k)) continue;
      if (shown.has(k)) out.set(k, shown.get(k)!);
    }
    applyAtoms(laid, d, () => true);
  }
  return out;
}

function applyAtoms(
  atoms: Atoms,
  d: Delta,
  keep: (record: string) => boolean,
  keepDrop: (record: string) => boolean = keep,
): void {
  const drop = (pred: (p: string[]) => boolean) => {
    for (const k of [...atoms.keys()]) if (pred(parseAtom(k))) atoms.delete(k);
  };
  for (const id of d.dropIndicators)
    if (keep(`i:${id}`)) drop((p) => (p[0] === "i" || p[0] === "c") && p[1] === id);
  for (const id of d.dropTasks) if (keep(`t:${id}`)) drop((p) => p[0] === "t" && p[1] === id);
  for (const [id, area] of d.dropSeries)
    if (keepDrop(`s:${JSON.stringify([id, area])}`))
      drop((p) => p[0] === "c" && p[1] === id && p[2] === area);
  for (const k of d.del) if (keep(recordOf(k))) atoms.delete(k);
  for (const [k, v] of d.set)
    if (keep(recordOf(k))) atoms.set(k, listMerged(atoms.get(k), d.lists.get(k)) ?? v);
}

/** The list fields of the details: a tab writes its own removals, additions and changes of them. */
const LIST_ATOMS = ["subAreas", "subAreaGroups"] as const;

const byId: ListMerge<unknown> = {
  key: (x) => (x as { id: string }).id,
  same: (a, b) => stableJson(a) === stableJson(b),
};

function listMerged(stored: string | undefined, change: { base: unknown[]; next: unknown[] } | undefined) {
  if (stored === undefined || !change) return null;
  return stableJson(mergeList(JSON.parse(stored) as unknown[], change.base, change.next, byId));
}

/** Each atom the edit wrote still holds what it wrote (a list: the edit's own changes of it). */
export function stillHolds(atoms: Atoms, entry: UndoEntry): boolean {
  return [...entry.written].every(([k, v]) => {
    const base = entry.lists.get(k);
    if (base && v !== null && atoms.has(k))
      return listStillHolds(JSON.parse(atoms.get(k)!) as unknown[], base, JSON.parse(v) as unknown[], byId);
    return v === null ? !atoms.has(k) : atoms.get(k) === v;
  });
}

/** An undo step for the edit that made this delta. */
export function undoEntry(inverse: Edit, d: Delta, before: Atoms): UndoEntry {
  const lists = new Map([...d.lists].map(([k, { base }]) => [k, base] as const));
  return { inverse, written: writtenBy(d, before), lists };
}

/** The items whose position a move or an addition writes (as order.ts picks them). */
function movedIds(c: OrderChange | null): string[] {
  if (!c) return [];
  const known = new Map(c.before.map((id, i) => [id, i]));
  return [...assignOrders(c.after, known).keys()];
}

function recordsOf(d: Delta): Set<string> {
  const out = new Set<string>();
  for (const k of [...d.set.keys(), ...d.del]) out.add(recordOf(k));
  for (const id of d.areas) out.add(`i:${id}`);
  for (const id of movedIds(d.indicatorOrder)) out.add(`i:${id}`);
  for (const id of movedIds(d.taskOrder)) out.add(`t:${id}`);
  return out;
}

/**
 * A tab's write lands. `late`: written at the next start from what a closed tab kept; a record
 * changed after the write was made is left as it is (docs/decisions.md "Writes kept over a reload").
 */
export function land(m: Model, d: Delta, late = false): void {
  const newer = (record: string) => late && (m.recTime.get(record) ?? "") > d.now;
  // A late write whose details were left out (the plan record is newer) leaves the values where the
  // stored list of sub-areas keeps them: no series written into an area the plan does not have, no
  // area it has removed whole.
  const planLeftOut = newer("plans") && [...d.set.keys(), ...d.del].some((k) => parseAtom(k)[0] === "d");
  const areas = planLeftOut ? validAreas(m.atoms) : null;
  const areaOf = (record: string) =>
    record.startsWith("s:") ? (JSON.parse(record.slice(2)) as string[])[1]! : null;
  const skip = (record: string) => {
    const area = areaOf(record);
    return newer(record) || (areas !== null && area !== null && !areas.has(area));
  };
  const skipDrop = (record: string) => newer(record) || (areas?.has(areaOf(record)!) ?? false);
  applyAtoms(
    m.atoms,
    d,
    (r) => !skip(r),
    (r) => !skipDrop(r),
  );
  const onlyRemovals =
    d.set.size === 0 && d.del.size === 0 && !d.indicatorOrder && !d.taskOrder && d.areas.size === 0;
  for (const r of recordsOf(d)) if (!skip(r)) m.recTime.set(r, d.now);
  for (const id of d.dropIndicators)
    if (!skip(`i:${id}`)) {
      m.recTime.delete(`i:${id}`);
      for (const r of [...m.recTime.keys()])
        if (r.startsWith(`s:${JSON.stringify([id]).slice(0, -1)},`)) m.recTime.delete(r);
    }
  for (const [id, area] of d.dropSeries)
    if (!skipDrop(`s:${JSON.stringify([id, area])}`)) m.recTime.delete(`s:${JSON.stringify([id, area])}`);
  for (const id of d.dropTasks) if (!skip(`t:${id}`)) m.recTime.delete(`t:${id}`);
  if (onlyRemovals && !skip("plans")) m.recTime.set("plans", d.now);
  // Moves and additions written by a tab that saw the list as it is stored give that list; else
  // (two tabs moving at once, a late write) the order is left open and read at the next check.
  m.indicatorOrder = nextOrder(m.indicatorOrder, d.indicatorOrder, late);
  m.taskOrder = nextOrder(m.taskOrder, d.taskOrder, late);
  m.stats.landed += 1;
}

function nextOrder(current: string[] | null, change: OrderChange | null, late: boolean): string[] | null {
  if (!change) return current;
  if (late || !current) return null;
  return sameList(current, change.before) ? change.after : null;
}

/** The order shown, keeping only items that exist (removals need no write of the order). */
export function orderNow(order: string[] | null, atoms: Atoms, kind: "i" | "t"): string[] | null {
  if (!order) return null;
  return order.filter((id) => atoms.has(kind === "i" ? indicatorAtom(id) : taskAtom(id)));
}

export { cellAtom };
