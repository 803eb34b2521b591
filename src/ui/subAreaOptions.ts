// The options of the sub-area chooser: the plan's sub-areas in Vietnamese order ("Phường 2" before
// "Phường 10"), under their groups in the plan's order, found by name or code.
import type { PickerOption } from "./SubAreaPicker";
import type { Plan } from "../domain/schema";

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

export function subAreaOptions(plan: Pick<Plan, "subAreas">): PickerOption[] {
  return plan.subAreas.map((a) => ({ id: a.id, label: a.name })).sort((a, b) => compareVi(a.label, b.label));
}
