// The published JSON Schema of the plan file (public/htxplan.schema.json), generated from the zod
// schema so that the two cannot drift apart: `npm run schema` writes it, and a unit test fails when
// the published file is stale. Rules that need the whole plan (checkPlan) or a custom check (finite
// numbers within ±2^53) cannot be expressed in JSON Schema: zod leaves refinements out, and the
// description lists them instead. A type zod cannot represent at all (a transform, say) makes
// generation throw — on purpose, so the schema never silently loses a field.
import { z } from "zod";
import { Actual, Indicator, LegalRef, Plan, Series, SubArea, Target, Task } from "../domain/schema";
import { AppStamp, CURRENT_FORMAT_VERSION, CurrentPlanFile, MAX_FILE_MB } from "./planFileFormat";

export const SCHEMA_FILE = "htxplan.schema.json";

const RULES_NOT_IN_SCHEMA = [
  `The file is UTF-8 (a byte order mark is tolerated), at most ${MAX_FILE_MB} MB, nested at most 64 levels deep.`,
  'No object key may be "__proto__", "constructor" or "prototype".',
  "Numbers are finite, with magnitude at most 9007199254740991.",
  'Ids of indicators, tasks and sub-areas are unique; a sub-area may not have the id "all".',
  'An indicator\'s series are keyed "all" when the plan has no sub-areas, else by sub-area id.',
  'startYear <= endYear, at most 30 years; plan keys are years of the programme, actual keys years (or half-years "YYYY-H1"/"YYYY-H2" when reporting is "halfYearly") of the programme.',
  "In a half-yearly plan a year may not have both a year actual and half-year actuals.",
  "Values are not negative (growth rates may be, above -100); shares and percentages are at most 100; counts, people and money (đồng) are whole numbers; a range has min <= max.",
  "An actual with numerator and denominator has both, numerator <= denominator, and value = numerator / denominator × 100 (±0.1).",
];

/** The parts given names under $defs, so that a converter's author can read the schema by parts. */
function namedParts() {
  const registry = z.registry<{ id: string; description?: string }>();
  registry.add(AppStamp, { id: "App", description: "The program that wrote the file." });
  registry.add(Plan, { id: "Plan", description: "One plan or programme." });
  registry.add(LegalRef, { id: "LegalRef", description: "The decision or plan that issued it." });
  registry.add(SubArea, { id: "SubArea", description: "A former province, district or commune." });
  registry.add(Indicator, { id: "Indicator", description: "A target indicator (chỉ tiêu)." });
  registry.add(Series, { id: "Series", description: "An indicator's figures in one area." });
  registry.add(Target, {
    id: "Target",
    description: 'A target: {bound, value} or {bound: "range", min, max}.',
  });
  registry.add(Actual, { id: "Actual", description: "A recorded actual (thực hiện)." });
  registry.add(Task, { id: "Task", description: "A task with its responsible agency (nhiệm vụ)." });
  return registry;
}

/** The JSON Schema (draft 2020-12) of a plan file of the current format version. */
export function buildPlanFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(CurrentPlanFile, {
    target: "draft-2020-12",
    metadata: namedParts(),
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_FILE,
    title: `HTX Plan file, format version ${CURRENT_FORMAT_VERSION}`,
    description:
      "A plan of a cooperative-economy programme (HTX Plan), as written by the app. See docs/file-format.md. " +
      `Rules this schema cannot express, checked by the app when reading: ${RULES_NOT_IN_SCHEMA.join(" ")}`,
    ...rest,
  };
}

/** The published file's exact text. */
export function planFileJsonSchemaText(): string {
  return `${JSON.stringify(buildPlanFileJsonSchema(), null, 2)}\n`;
}
