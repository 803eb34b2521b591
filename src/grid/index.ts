// The grid's public surface: the indicator grid, the task sheet and the indicator form. Each reads
// the plan and writes edits through usePlanEditor() (src/app/planEditor.ts).
export { PlanGrid, type PlanGridProps } from "./PlanGrid";
export { TaskSheet } from "./TaskSheet";
