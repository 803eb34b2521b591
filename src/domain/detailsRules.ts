// Rules for changing a plan's details (title, province, period, reporting rhythm …). A change that
// would strand stored figures — a period that no longer covers them, yearly reporting while
// half-year actuals exist — is refused rather than silently dropping data.
import { parsePeriodKey } from "./periods";
import { Plan, type PlanDetails } from "./schema";

/** The plan details an edit may change (not the id, sub-areas or timestamps). */
export type DetailsPatch = Partial<
  Omit<PlanDetails, "id" | "subAreas" | "subAreaGroups" | "createdAt" | "updatedAt">
>;

export type DetailsProblem =
  "invalidDetails" | "endBeforeStart" | "periodTooLong" | "dataOutsidePeriod" | "halvesExist";

export const MAX_PROGRAMME_YEARS = 30;

const DetailsSchema = Plan.omit({
  indicators: true,
  tasks: true,
  subAreas: true,
  subAreaGroups: true,
  id: true,
}).partial();

export function checkDetailsPatch(plan: Plan, patch: DetailsPatch): DetailsProblem | null {
  if (!DetailsSchema.safeParse(patch).success) return "invalidDetails";
  const startYear = patch.startYear ?? plan.startYear;
  const endYear = patch.endYear ?? plan.endYear;
  if (endYear < startYear) return "endBeforeStart";
  if (endYear - startYear + 1 > MAX_PROGRAMME_YEARS) return "periodTooLong";
  const reporting = patch.reporting ?? plan.reporting;
  for (const ind of plan.indicators) {
    for (const s of Object.values(ind.series)) {
      const keys = [...Object.keys(s.plan), ...Object.keys(s.actual)];
      for (const k of keys) {
        const p = parsePeriodKey(k);
        if (!p) continue;
        if (p.year < startYear || p.year > endYear) return "dataOutsidePeriod";
        if (p.half && reporting === "yearly") return "halvesExist";
      }
    }
  }
  return null;
}
