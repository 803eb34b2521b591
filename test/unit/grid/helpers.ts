// Shared fixtures for the grid's unit tests.
import { applyEdit, type Edit } from "../../../src/domain/edits";
import type { Plan } from "../../../src/domain/schema";

export function apply(plan: Plan, edit: Edit): Plan {
  const r = applyEdit(plan, edit);
  if (!r.ok) throw new Error(r.error.problem);
  return r.plan;
}

export function indicatorOf(plan: Plan, id: string) {
  const ind = plan.indicators.find((x) => x.id === id);
  if (!ind) throw new Error(`no indicator ${id}`);
  return ind;
}
