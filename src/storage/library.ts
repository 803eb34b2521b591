// The library of plans kept in this browser: the API other features call (import, sharing, the
// library screen). Every write goes through the write queue, so it is ordered with the edits of the
// plan pages, retried when it fails, and shown in the save state. Functions return errors as values.
import { applyEdit } from "../domain/edits";
import { blankPlan, copyPlan } from "../domain/newPlan";
import { checkPlan, type PlanProblem } from "../domain/planChecks";
import { Plan, type PlanIdentity } from "../domain/schema";
import { db, planRange, type HtxDb, type SnapshotRecord } from "./db";
import { diffInScope, scopeOf } from "./editChanges";
import { sessionFor } from "./editPath";
import { planToRecords, recordsToPlan, type PlanRecord, type PlanRecords } from "./planRecords";
import { packsOf } from "./packs";
import { lastChangeOf, readPlanRecords } from "./reads";
import { writeChanges } from "./writeChanges";
import { writeQueue } from "./writeQueue";

/** What the library list shows of a plan. */
export interface PlanSummary extends PlanIdentity {
  issuingBody: string;
  legalNumber: string;
  templateId: string | null;
  illustrative: boolean;
  createdAt: string;
  /** Last change to anything in the plan. */
  updatedAt: string;
  exportedAt: string | null;
  /** In the trash since then; null for a plan in the library. */
  deletedAt: string | null;
}

export type LibraryError =
  | { kind: "notFound" }
  | { kind: "invalidPlan"; problems: PlanProblem[] }
  | { kind: "refused"; problem: string };
export type LibraryResult<T> = { ok: true; value: T } | { ok: false; error: LibraryError };

const ok = <T>(value: T): LibraryResult<T> => ({ ok: true, value });
const notFound = { ok: false as const, error: { kind: "notFound" as const } };

export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();

async function summaryOf(d: HtxDb, p: PlanRecord): Promise<PlanSummary> {
  return {
    id: p.id,
    title: p.title,
    province: p.province,
    documentType: p.documentType,
    startYear: p.startYear,
    endYear: p.endYear,
    issuingBody: p.issuingBody,
    legalNumber: p.legalRef.number,
    templateId: p.templateId,
    illustrative: p.illustrative,
    createdAt: p.createdAt,
    updatedAt: await lastChangeOf(d, p.id, p.updatedAt),
    exportedAt: p.exportedAt,
    deletedAt: p.deletedAt,
  };
}

/** Every plan, those in the trash included (filter on `deletedAt`). Unsorted. */
export async function listPlans(d: HtxDb = db): Promise<PlanSummary[]> {
  return d.transaction("r", [d.plans, d.indicators, d.series, d.tasks], async () => {
    const plans = await d.plans.toArray();
    return Promise.all(plans.map((p) => summaryOf(d, p)));
  });
}

/** A whole plan as stored (also one in the trash), or null. */
export async function getPlan(id: string, d: HtxDb = db): Promise<Plan | null> {
  const records = await readPlanRecords(d, id);
  return records ? recordsToPlan(records).plan : null;
}

function validate(plan: Plan): LibraryResult<Plan> {
  const parsed = Plan.safeParse(plan);
  if (!parsed.success) {
    const problems: PlanProblem[] = [{ code: "invalidDetails" }];
    return { ok: false, error: { kind: "invalidPlan", problems } };
  }
  const problems = checkPlan(parsed.data);
  if (problems.length > 0) return { ok: false, error: { kind: "invalidPlan", problems } };
  return ok(parsed.data);
}

/**
 * Write a whole plan atomically, replacing any stored plan with the same id (import, restore).
 * The plan is validated first: an invalid plan changes nothing.
 */
export async function putPlan(plan: Plan): Promise<LibraryResult<Plan>> {
  const valid = validate(plan);
  if (!valid.ok) return valid;
  const records = planToRecords(valid.value);
  let replaced: Plan | null = null;
  await writeQueue.enqueue(async (d) => {
    const current = await readPlanRecords(d, plan.id);
    replaced = current && recordsToPlan(current).plan;
    await writeWhole(d, records, current?.plan.exportedAt ?? null);
  }).done;
  undoableReplace(replaced, valid.value);
  return valid;
}

/**
 * A stored plan was replaced as a whole: the plan's edit session (this tab's undo history of it)
 * gets the step back, so one undo on its page puts the plan before back, through the edit path.
 */
function undoableReplace(before: Plan | null, after: Plan): void {
  if (before) sessionFor(after.id).recordReplaced(before, after);
}

/** A whole plan's records in place of what is stored under its id (the export date is kept). */
async function writeWhole(d: HtxDb, records: PlanRecords, exportedAt: string | null): Promise<void> {
  await removeRecords(d, records.plan.id);
  records.plan.exportedAt = exportedAt;
  await d.plans.put(records.plan);
  await d.indicators.bulkPut(records.indicators);
  await d.series.bulkPut(records.series);
  // After the series (whose write drops the packs they make stale), in the same transaction.
  await d.packs.bulkPut(packsOf(records.plan.id, records.series));
  await d.tasks.bulkPut(records.tasks);
}

async function removeRecords(d: HtxDb, planId: string): Promise<void> {
  await d.plans.delete(planId);
  await d.indicators
    .where("[planId+id]")
    .between(...planRange(planId))
    .delete();
  await d.series
    .where("[planId+indicatorId+area]")
    .between(...planRange(planId, 2))
    .delete();
  await d.tasks
    .where("[planId+id]")
    .between(...planRange(planId))
    .delete();
}

/** A new plan: blank, or a fresh copy (new id) of a template or any plan. */
export async function createPlan(from: Plan | null = null): Promise<LibraryResult<Plan>> {
  const now = nowIso();
  const plan = from ? copyPlan(from, newId(), now) : blankPlan(newId(), now, new Date().getFullYear());
  return putPlan(plan);
}

/** A copy of a stored plan with a new id and the given title. */
export async function duplicatePlan(id: string, title: string): Promise<LibraryResult<Plan>> {
  const plan = await getPlan(id);
  if (!plan) return notFound;
  return putPlan(copyPlan(plan, newId(), nowIso(), title));
}

/** Rename: the same setDetails edit the plan page makes, validated by the same rules. */
export async function renamePlan(id: string, title: string): Promise<LibraryResult<Plan>> {
  const plan = await getPlan(id);
  if (!plan) return notFound;
  const edit = { type: "setDetails" as const, patch: { title: title.normalize("NFC") } };
  const r = applyEdit(plan, edit);
  if (!r.ok) return { ok: false, error: { kind: "refused", problem: r.error.problem } };
  const changes = diffInScope(plan, r.plan, scopeOf(edit));
  await writeQueue.enqueue(writeChanges(id, changes, new Map(), nowIso())).done;
  return ok(r.plan);
}

async function setPlanFields(id: string, fields: Partial<PlanRecord>): Promise<LibraryResult<null>> {
  let found = false;
  await writeQueue.enqueue(async (d) => {
    found = (await d.plans.update(id, fields)) > 0;
  }).done;
  return found ? ok(null) : notFound;
}

/** Move to the trash (restorable); the plan's data stays until purged. */
export function deletePlan(id: string): Promise<LibraryResult<null>> {
  return setPlanFields(id, { deletedAt: nowIso() });
}

export function restorePlan(id: string): Promise<LibraryResult<null>> {
  return setPlanFields(id, { deletedAt: null });
}

/** Remove a plan and its snapshots for good. */
export async function purgePlan(id: string): Promise<LibraryResult<null>> {
  await writeQueue.enqueue(async (d) => {
    await removeRecords(d, id);
    await d.snapshots.where("planId").equals(id).delete();
  }).done;
  return ok(null);
}

/** The sharing feature records when a plan was last written to a file (reminder after 14 days). */
export function markExported(id: string, at: string = nowIso()): Promise<LibraryResult<null>> {
  return setPlanFields(id, { exportedAt: at });
}

export type SnapshotSummary = Omit<SnapshotRecord, "plan">;

/**
 * Keep a copy of the plan as it is now, under a name. `shown`: the plan as the page shows it (with
 * this tab's edits still on their way to the database); default: as stored.
 */
export async function saveSnapshot(
  planId: string,
  name: string,
  shown?: Plan,
): Promise<LibraryResult<SnapshotSummary>> {
  const plan = shown && shown.id === planId ? structuredClone(shown) : await getPlan(planId);
  if (!plan) return notFound;
  const snap: SnapshotRecord = {
    id: newId(),
    planId,
    name: name.normalize("NFC"),
    createdAt: nowIso(),
    plan,
  };
  await writeQueue.enqueue(async (d) => void (await d.snapshots.put(snap))).done;
  const { plan: _p, ...summary } = snap;
  return ok(summary);
}

/** Snapshots of a plan, newest first. */
export async function listSnapshots(planId: string): Promise<SnapshotSummary[]> {
  const all = await db.snapshots.where("planId").equals(planId).toArray();
  return all
    .map(({ plan: _p, ...s }) => s)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

export async function getSnapshot(id: string): Promise<SnapshotRecord | null> {
  return (await db.snapshots.get(id)) ?? null;
}

/** Put the plan back as it was in the snapshot (same plan id), as one atomic write. */
export async function restoreSnapshot(id: string): Promise<LibraryResult<Plan>> {
  const snap = await getSnapshot(id);
  if (!snap) return notFound;
  return putPlan({ ...snap.plan, updatedAt: nowIso() });
}

/**
 * Replace a stored plan by another version of it (an imported file, a snapshot), keeping the
 * version replaced as a snapshot named `snapshotName` — both in ONE transaction, so that the old
 * plan can never be lost between the two. Without a stored plan of that id, it is simply stored.
 * The plan is validated first: an invalid plan changes nothing.
 */
export async function replaceKeepingSnapshot(
  plan: Plan,
  snapshotName: string,
): Promise<LibraryResult<{ plan: Plan; snapshot: SnapshotSummary | null }>> {
  const valid = validate(plan);
  if (!valid.ok) return valid;
  const records = planToRecords(valid.value);
  let snapshot: SnapshotSummary | null = null;
  let replaced: Plan | null = null;
  await writeQueue.enqueue(async (d) => {
    const current = await readPlanRecords(d, plan.id);
    const before = current && recordsToPlan(current).plan;
    replaced = before;
    if (before) {
      const snap: SnapshotRecord = {
        id: newId(),
        planId: plan.id,
        name: snapshotName.normalize("NFC"),
        createdAt: nowIso(),
        plan: before,
      };
      await d.snapshots.put(snap);
      const { plan: _p, ...summary } = snap;
      snapshot = summary;
    }
    await writeWhole(d, records, current?.plan.exportedAt ?? null);
  }).done;
  undoableReplace(replaced, valid.value);
  return ok({ plan: valid.value, snapshot });
}

/** Delete one snapshot. */
export async function deleteSnapshot(id: string): Promise<LibraryResult<null>> {
  await writeQueue.enqueue(async (d) => void (await d.snapshots.delete(id))).done;
  return ok(null);
}
