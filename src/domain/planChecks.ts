// Checks that need the whole plan: ids unique, series only for the plan's areas, every value inside
// the programme's periods and valid for its indicator. Each problem names its place (indicator
// code, area, cell) so that a message can say "indicator 1.2, year 2023".
import { listCells } from "./cells";
import { checkDetailsPatch, type DetailsProblem } from "./detailsRules";
import { type Plan, WHOLE_AREA } from "./schema";
import { checkCellValue, type ValueProblem } from "./valueRules";

export type PlanProblemCode =
  | ValueProblem
  | DetailsProblem
  | "duplicateIndicatorId"
  | "duplicateTaskId"
  | "duplicateSubAreaId"
  | "duplicateSubAreaGroupId"
  | "unknownSubAreaGroup"
  | "unknownArea";

export interface PlanProblem {
  code: PlanProblemCode;
  /** Where: the indicator's code (or id when it has no code), the task, the area and the cell key. */
  indicator?: string;
  task?: string;
  area?: string;
  cell?: string;
}

export function checkPlan(plan: Plan, limit = 100): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const push = (p: PlanProblem) => {
    if (problems.length < limit) problems.push(p);
  };
  const details = checkDetailsPatch({ ...plan, indicators: [] }, {});
  if (details) push({ code: details });

  const areaIds = new Set<string>();
  for (const a of plan.subAreas) {
    if (areaIds.has(a.id) || a.id === WHOLE_AREA) push({ code: "duplicateSubAreaId", area: a.id });
    areaIds.add(a.id);
  }
  if (plan.subAreas.length === 0) areaIds.add(WHOLE_AREA);
  const groupIds = new Set<string>();
  for (const g of plan.subAreaGroups) {
    if (groupIds.has(g.id)) push({ code: "duplicateSubAreaGroupId", area: g.id });
    groupIds.add(g.id);
  }
  for (const a of plan.subAreas) {
    if (a.groupId !== null && !groupIds.has(a.groupId)) push({ code: "unknownSubAreaGroup", area: a.id });
  }

  const ids = new Set<string>();
  for (const ind of plan.indicators) {
    const where = ind.code || ind.id;
    if (ids.has(ind.id)) push({ code: "duplicateIndicatorId", indicator: where });
    ids.add(ind.id);
    for (const [area, s] of Object.entries(ind.series)) {
      if (!areaIds.has(area)) {
        push({ code: "unknownArea", indicator: where, area });
        continue;
      }
      const halves = (y: number) => Boolean(s.actual[`${y}-H1`] || s.actual[`${y}-H2`]);
      for (const [key, value] of listCells(s)) {
        // A stored year actual beside its halves is not an error of the file: halves win.
        const code = checkCellValue(plan, ind, key, value, key.startsWith("actual:") ? () => false : halves);
        if (code) push({ code, indicator: where, area, cell: key });
      }
      for (const key of Object.keys(s.notes)) {
        const code = checkCellValue(plan, ind, key, null);
        if (code) push({ code, indicator: where, area, cell: key });
      }
    }
  }
  const taskIds = new Set<string>();
  for (const t of plan.tasks) {
    if (taskIds.has(t.id)) push({ code: "duplicateTaskId", task: t.code || t.id });
    taskIds.add(t.id);
  }
  return problems;
}
