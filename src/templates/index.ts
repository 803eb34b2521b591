// The built-in programmes: read-only templates shipped with the app (DECISIONS.md "Templates").
// On the very first run the library gets one editable copy of each; "New plan from template"
// always makes a fresh copy with a new id.
import type { Plan } from "../domain/schema";
import { bacLieu2021 } from "./bacLieu2021";
import { benTre2021 } from "./benTre2021";
import { demoTraVinh } from "./demoTraVinh";
import { ninhBinh2020 } from "./ninhBinh2020";
import { traVinh2021 } from "./traVinh2021";

/** The four programmes of the source documents, then the illustrative demonstration plan. */
export const TEMPLATES: readonly Plan[] = [bacLieu2021, traVinh2021, benTre2021, ninhBinh2020, demoTraVinh];

export function templateById(templateId: string): Plan | undefined {
  return TEMPLATES.find((t) => t.templateId === templateId);
}
