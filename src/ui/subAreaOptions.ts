// The options of the sub-area chooser: the plan's sub-areas in Vietnamese order ("Phường 2" before
// "Phường 10"), under their groups in the plan's order (sub-areas of no group first), found by name
// or code.
import type { PickerOption } from "./SubAreaPicker";
import type { Plan } from "../domain/schema";

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

export function subAreaOptions(plan: Pick<Plan, "subAreas" | "subAreaGroups">): PickerOption[] {
  const groups = new Map(plan.subAreaGroups.map((g, i) => [g.id, { name: g.name, at: i }]));
  const rank = (groupId: string | null | undefined) => (groupId ? (groups.get(groupId)?.at ?? -1) : -1);
  return plan.subAreas
    .slice()
    .sort((a, b) => rank(a.groupId) - rank(b.groupId) || compareVi(a.name, b.name))
    .map((a) => {
      const group = a.groupId ? groups.get(a.groupId)?.name : undefined;
      return { id: a.id, label: a.name, ...(a.code ? { search: a.code } : {}), ...(group ? { group } : {}) };
    });
}

/** The chooser's options, with the whole plan first where the view has it. */
export function areaOptions(
  plan: Pick<Plan, "subAreas" | "subAreaGroups">,
  whole?: { id: string; label: string },
): PickerOption[] {
  return whole ? [whole, ...subAreaOptions(plan)] : subAreaOptions(plan);
}
