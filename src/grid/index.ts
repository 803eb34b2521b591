// The grid's public surface: the indicator grid, the task sheet, the indicator form and the save
// indicator. Each reads the plan and writes edits through usePlanEditor() (src/bindings/planEditor.ts);
// mount them inside a PlanEditorContext provider and an I18nProvider.
export { PlanGrid, type PlanGridProps } from "./PlanGrid";
export { TaskSheet } from "./TaskSheet";
export { IndicatorForm, type IndicatorFormProps } from "./IndicatorForm";
