// Runs steps against the real storage and the model side by side, and after every step checks:
// the plan read back from the database alone equals the model (nothing that landed is missing,
// nothing came back that should not); every tab shows the stored plan plus its own writes still on
// their way; undo and redo answer what the model says (never taking back another tab's change).
import fc from "fast-check";
import { applyEdit, type EditResult } from "../../../../src/domain/edits";
import type { Plan } from "../../../../src/domain/schema";
import { generatePlan } from "../../../../src/bench/generatePlan";
import { LATEST_VERSION } from "../../../../src/storage/db";
import { atomDiff, atomsOf, sameAtoms, visible, type Atoms } from "./atoms";
import {
  deltaOf,
  isEmptyDelta,
  land,
  newModel,
  orderNow,
  ownWaiting,
  sessionAtoms,
  takesOnlyOwn,
  stillHolds,
  undoEntry,
  type Model,
} from "./model";
import { editFor, step, type EditStep, type Step } from "./steps";
import { asStoredBy, sessionIdle, World } from "./world";

export type PlanKind = "subAreas" | "whole" | "halfYearly";
export interface Scenario {
  plan: PlanKind;
  /** The schema version that wrote the data the first tab opens (and upgrades). */
  fromVersion: number;
  steps: Step[];
}

/** A small plan that has what the steps need: sub-areas (one series missing), tasks, actuals. */
export function soakPlan(kind: PlanKind): Plan {
  const p = generatePlan({
    indicators: 4,
    years: 4,
    subAreas: kind === "whole" ? 0 : 2,
    seed: 15,
    reporting: kind === "halfYearly" ? "halfYearly" : "yearly",
    yearsWithActuals: 2,
  });
  if (p.subAreas.length > 1) delete p.indicators[1]!.series["xa-2"];
  // What format v2 added: a group of sub-areas (a former district), codes, the status basis.
  if (p.subAreas.length > 0) {
    p.subAreaGroups = [{ id: "huyen-cu", name: "Huyện Long Hòa cũ" }];
    p.subAreas = p.subAreas.map((a, i) => ({ ...a, code: `2754${i}`, groupId: i === 0 ? "huyen-cu" : null }));
    p.statusBasis = "planShare";
  }
  const task = (n: number) => ({
    id: `task-base-${n}`,
    code: `${n}`,
    title: `Rà soát HTX yếu kém đợt ${n}`,
    agency: "Sở Kế hoạch và Đầu tư",
    deadline: "2025-12-31",
    status: "inProgress" as const,
    note: "",
    source: "",
  });
  return { ...p, tasks: [task(1), task(2)] };
}

export class SoakFailure extends Error {}
const fail = (what: string): never => {
  throw new SoakFailure(what);
};

async function landTab(m: Model, w: World, i: number): Promise<void> {
  const ms = m.sessions[i]!;
  if (ms.blocked) return;
  await w.tabs[i]!.queue.enqueue(async () => undefined).done;
  for (const d of ms.unlanded.splice(0)) land(m, d);
}

async function doEdit(m: Model, w: World, s: EditStep, wait: boolean): Promise<void> {
  const tab = w.tabs[s.tab]!;
  const ms = m.sessions[s.tab]!;
  const view = tab.session.getView().plan!;
  const edit = editFor(s, view);
  if (!edit) return;
  const expected = applyEdit(view, edit);
  w.lastNow = "";
  const r = tab.session.dispatch(edit);
  if (r.ok !== expected.ok)
    fail(`the edit path answered ${JSON.stringify(r)} where applyEdit says ${expected.ok}`);
  if (!expected.ok) return void (w.lastNow && fail("a refused edit was written"));
  const delta = deltaOf(view, expected.plan, w.lastNow);
  if (isEmptyDelta(delta)) return void (w.lastNow && fail("an edit that changed nothing was written"));
  if (!w.lastNow) fail("an edit that changed the plan was not written");
  ms.unlanded.push(delta);
  ms.undo.push(undoEntry(expected.inverse, delta, atomsOf(view)));
  ms.redo = [];
  m.stats.maxUndo = Math.max(m.stats.maxUndo, ms.undo.length);
  if (wait) await landTab(m, w, s.tab);
}

async function doUndo(m: Model, w: World, i: number, redo: boolean): Promise<void> {
  const tab = w.tabs[i]!;
  const ms = m.sessions[i]!;
  const [from, to] = redo ? [ms.redo, ms.undo] : [ms.undo, ms.redo];
  const entry = from[from.length - 1];
  const view = tab.session.getView().plan!;
  let want: string = "nothing";
  let next: Extract<EditResult, { ok: true }> | null = null;
  if (entry) {
    from.pop();
    const atoms = sessionAtoms(m, i);
    const still = stillHolds(atoms, entry);
    const r = still ? applyEdit(view, entry.inverse) : null;
    const own = !r?.ok || takesOnlyOwn(atoms, deltaOf(view, r.plan, ""), entry.written);
    want = !still || !own ? "changedElsewhere" : r?.ok ? "ok" : "refused";
    if (r?.ok && own) next = r;
  }
  w.lastNow = "";
  const got = redo ? tab.session.redo() : tab.session.undo();
  const gotReason = got.ok ? "ok" : got.reason;
  if (gotReason !== want) fail(`${redo ? "redo" : "undo"} answered "${gotReason}", the model says "${want}"`);
  if (!next) return;
  const delta = deltaOf(view, next.plan, w.lastNow);
  if (isEmptyDelta(delta)) return;
  to.push(undoEntry(next.inverse, delta, atomsOf(view)));
  m.stats.maxUndo = Math.max(m.stats.maxUndo, ms.undo.length);
  ms.unlanded.push(delta);
  await landTab(m, w, i);
}

export async function runStep(m: Model, w: World, s: Step): Promise<void> {
  const ms = m.sessions[s.tab]!;
  const tab = w.tabs[s.tab]!;
  switch (s.op) {
    case "undo":
    case "redo":
      return doUndo(m, w, s.tab, s.op === "redo");
    case "diskFull":
      tab.hazards.full = true;
      ms.blocked = true;
      return;
    case "diskFreed":
      tab.hazards.full = false;
      ms.blocked = false;
      tab.queue.retryNow();
      return landTab(m, w, s.tab);
    case "close":
    case "crash": {
      // The page goes at once, before the edit's transaction has written anything (a transaction
      // that had committed would simply have landed; this keeps the outcome certain).
      const editing = s.edit ? doEdit(m, w, { ...s.edit, tab: s.tab }, false) : null;
      tab.hazards.gone = true;
      await editing;
      await w.replaceTab(s.tab, s.op === "close");
      // Closed: what had not landed was kept and is written by the new page (late). Crashed: lost —
      // the tab never said it was saved.
      for (const d of ms.unlanded.splice(0)) {
        if (s.op === "close") land(m, d, true);
        else m.stats.lostToCrash += 1;
      }
      Object.assign(ms, { blocked: false, undo: [], redo: [] });
      return;
    }
    default:
      return doEdit(m, w, s, true);
  }
}

/** After each step: the database, every tab and the undo stacks against the model. */
export async function checkAll(m: Model, w: World): Promise<void> {
  const stored = (await w.stored()) ?? fail("the plan is missing from the database");
  const want = visible(m.atoms);
  const got = atomsOf(stored);
  if (!sameAtoms(want, got))
    fail(`the stored plan differs from the model:\n  ${atomDiff(want, got).join("\n  ")}`);
  const storedInd = stored.indicators.map((x) => x.id);
  const storedTasks = stored.tasks.map((x) => x.id);
  const io = orderNow(m.indicatorOrder, m.atoms, "i");
  if (io && io.join() !== storedInd.join())
    fail(`indicator order: model ${io.join()}, stored ${storedInd.join()}`);
  const to = orderNow(m.taskOrder, m.atoms, "t");
  if (to && to.join() !== storedTasks.join())
    fail(`task order: model ${to.join()}, stored ${storedTasks.join()}`);
  m.indicatorOrder = storedInd;
  m.taskOrder = storedTasks;

  for (const [i, t] of w.tabs.entries()) {
    const ms = m.sessions[i]!;
    // A tab with writes on their way shows at least those (where they still have a place); once
    // they landed, exactly what is stored.
    const expected = ms.unlanded.length === 0 ? sessionAtoms(m, i) : ownWaiting(m, i);
    const shown = () => atomsOf(t.session.getView().plan!);
    const fits = () =>
      ms.unlanded.length === 0 ? sameAtoms(shown(), expected) : includes(shown(), expected);
    for (let n = 0; n < 400 && !(sessionIdle(t.session) && fits()); n++)
      await new Promise((r) => setTimeout(r, n < 40 ? 0 : 5));
    if (!fits())
      fail(`tab ${i} shows something else than it should:\n  ${atomDiff(expected, shown()).join("\n  ")}`);
    const view = t.session.getView();
    if (ms.unlanded.length === 0 && view.plan!.indicators.map((x) => x.id).join() !== storedInd.join())
      fail(`tab ${i} shows the indicators in another order than stored`);
    if (view.canUndo !== ms.undo.length > 0 || view.canRedo !== ms.redo.length > 0)
      fail(
        `tab ${i}: undo/redo available ${view.canUndo}/${view.canRedo}, model ${ms.undo.length}/${ms.redo.length}`,
      );
  }
}

async function timedStep(m: Model, w: World, s: Step): Promise<void> {
  const t0 = performance.now();
  await runStep(m, w, s);
  await checkAll(m, w);
  m.stats.steps += 1;
  m.stats.slowestStepMs = Math.max(m.stats.slowestStepMs, Math.round(performance.now() - t0));
}

const includes = (all: Atoms, part: Atoms) => [...part].every(([k, v]) => all.get(k) === v);

export async function startScenario(plan: PlanKind, fromVersion: number) {
  const p = soakPlan(plan);
  const w = await World.create(p, fromVersion, 2);
  return { model: newModel(asStoredBy(p, fromVersion), 2), world: w };
}

/** Run a scenario as a plain test (a shrunk failure prints one, ready to paste). */
export async function runScenario(sc: Scenario): Promise<Model> {
  const { model, world } = await startScenario(sc.plan, sc.fromVersion);
  try {
    await checkAll(model, world);
    for (const s of sc.steps) await timedStep(model, world, s);
  } finally {
    await world.dispose();
  }
  return model;
}

export class StepCommand implements fc.AsyncCommand<Model, World> {
  constructor(readonly step: Step) {}
  check = () => true;
  run = (m: Model, w: World): Promise<void> => timedStep(m, w, this.step);
  toString = () => JSON.stringify(this.step);
}

export const scenarioArb = (maxCommands: number) =>
  fc.record({
    plan: fc.constantFrom<PlanKind>("subAreas", "whole", "halfYearly"),
    fromVersion: fc.integer({ min: 1, max: LATEST_VERSION }),
    cmds: fc.commands([step.map((s) => new StepCommand(s))], { maxCommands }),
  });
