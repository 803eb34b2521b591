// Periods of a plan: targets are set per year; a plan that reports half-yearly records actuals per
// half-year (H1, H2). Time is measured in years from the start of the programme: the end of the
// first year is t = 1, its first half t = 0.5.
import type { Plan } from "./schema";

export type Half = "H1" | "H2";

export interface Period {
  key: string; // "2021" or "2021-H1"
  year: number;
  half: Half | null;
  /** End of the period, in years since the programme started. */
  t: number;
}

export function yearsOf(plan: Pick<Plan, "startYear" | "endYear">): number[] {
  const years: number[] = [];
  for (let y = plan.startYear; y <= plan.endYear; y++) years.push(y);
  return years;
}

export function halfKey(year: number, half: Half): string {
  return `${year}-${half}`;
}

// Period keys repeat across every series of a plan: parse each once (results are frozen).
const parsedPeriodKeys = new Map<string, { year: number; half: Half | null } | null>();

export function parsePeriodKey(key: string): { year: number; half: Half | null } | null {
  let p = parsedPeriodKeys.get(key);
  if (p === undefined) {
    const m = /^(\d{4})(?:-(H[12]))?$/.exec(key);
    p = m ? Object.freeze({ year: Number(m[1]), half: (m[2] as Half | undefined) ?? null }) : null;
    if (parsedPeriodKeys.size < 10_000) parsedPeriodKeys.set(key, p);
  }
  return p;
}

/** The periods at which actuals are recorded, in order. */
export function reportingPeriods(plan: Pick<Plan, "startYear" | "endYear" | "reporting">): Period[] {
  const out: Period[] = [];
  for (const year of yearsOf(plan)) {
    const i = year - plan.startYear;
    if (plan.reporting === "halfYearly") {
      out.push({ key: halfKey(year, "H1"), year, half: "H1", t: i + 0.5 });
      out.push({ key: halfKey(year, "H2"), year, half: "H2", t: i + 1 });
    } else {
      out.push({ key: String(year), year, half: null, t: i + 1 });
    }
  }
  return out;
}

/** Number of years in the programme. */
export function programmeLength(plan: Pick<Plan, "startYear" | "endYear">): number {
  return plan.endYear - plan.startYear + 1;
}

/** The year a baseline refers to: the indicator's own, the plan's, or the year before the start. */
export function effectiveBaselineYear(
  plan: Pick<Plan, "startYear" | "baselineYear">,
  indicatorBaselineYear: number | null,
): number {
  return indicatorBaselineYear ?? plan.baselineYear ?? plan.startYear - 1;
}

export function isPeriodInPlan(
  plan: Pick<Plan, "startYear" | "endYear" | "reporting">,
  key: string,
): boolean {
  const p = parsePeriodKey(key);
  if (!p || p.year < plan.startYear || p.year > plan.endYear) return false;
  // A year actual is allowed in a half-yearly plan (entered when no halves exist).
  return p.half === null || plan.reporting === "halfYearly";
}
