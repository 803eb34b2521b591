// The proposals the planner accepted, as ONE edit for the one edit path (one undo): each indicator is
// added, then its figures set cell by cell (so that the edit path checks every value against the
// plan's years and the indicator's kind),
// then each task. A plan with sub-areas keeps the figures of the text in the indicator's note: its
// whole-plan figures are sums of the sub-areas, which the planner splits.
import type { Edit } from "../edits";
import { placeInGroup } from "../indicatorPlace";
import { type Indicator, type Plan, type Target, type Task, WHOLE_AREA } from "../schema";
import type { IndicatorProposal, TaskProposal } from "./types";

/** Next free whole-number code after the plan's own ("1", "2", … "12" → "13"). */
function codes(taken: readonly string[]): () => string {
  let next = taken.reduce((m, c) => (/^\d+$/.test(c) ? Math.max(m, Number(c)) : m), 0);
  return () => String(++next);
}

export function acceptedEdit(
  plan: Plan,
  indicators: readonly IndicatorProposal[],
  tasks: readonly TaskProposal[],
  newId: () => string,
  figureNote: (p: IndicatorProposal) => string,
): Edit | null {
  const edits: Edit[] = [];
  const indicatorCode = codes(plan.indicators.map((i) => i.code));
  const wholePlan = plan.subAreas.length === 0;
  const running = [...plan.indicators];
  indicators.forEach((p) => {
    const id = newId();
    const note = wholePlan ? p.note : [p.note, figureNote(p)].filter((s) => s !== "").join(" ");
    const indicator: Indicator = {
      id,
      code: indicatorCode(),
      group: p.group.slice(0, 200),
      name: p.name.slice(0, 500),
      unit: p.unit,
      kind: p.kind,
      direction: p.direction,
      baselineYear: null,
      agency: "",
      source: p.source.slice(0, 1000),
      note: note.slice(0, 2000),
      series: {},
    };
    const index = placeInGroup(running, indicator.group, running.length);
    running.splice(index, 0, indicator);
    edits.push({ type: "addIndicator", indicator, index });
    if (!wholePlan) return;
    const cell = (key: string, value: Target) =>
      edits.push({ type: "setCell", indicatorId: id, area: WHOLE_AREA, key, value });
    if (p.total !== null) cell("total", p.total);
    for (const [year, t] of Object.entries(p.plan)) cell(`plan:${year}`, t);
  });
  const taskCode = codes(plan.tasks.map((t) => t.code));
  tasks.forEach((p, i) => {
    const task: Task = {
      id: newId(),
      code: taskCode(),
      title: p.title.slice(0, 1000),
      agency: "",
      deadline: p.deadline,
      status: "notStarted",
      note: "",
      source: p.source.slice(0, 1000),
    };
    edits.push({ type: "addTask", task, index: plan.tasks.length + i });
  });
  return edits.length > 0 ? { type: "batch", edits } : null;
}
