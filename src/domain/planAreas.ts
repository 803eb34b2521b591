// Where a plan's figures live: one series per sub-area, or one for the whole plan when it has none
// (schema.ts, Indicator.series). Shared by the edits, the file merge, the plan comparison and storage.
import { type Indicator, type Plan, type Series, WHOLE_AREA } from "./schema";

/** The areas a plan keeps series for: its sub-areas, or the whole plan. */
export function areasOf(plan: Pick<Plan, "subAreas">): string[] {
  return plan.subAreas.length === 0 ? [WHOLE_AREA] : plan.subAreas.map((a) => a.id);
}

/** The series of `areas` only. */
export function onlyAreas(series: Indicator["series"], areas: ReadonlySet<string>): Indicator["series"] {
  const out: Record<string, Series> = {};
  for (const [a, s] of Object.entries(series)) if (areas.has(a)) out[a] = s;
  return out;
}

/** The indicator itself when all its series are in `areas`; else a copy with only those. */
export function keptToAreas(ind: Indicator, areas: ReadonlySet<string>): Indicator {
  for (const a in ind.series) if (!areas.has(a)) return { ...ind, series: onlyAreas(ind.series, areas) };
  return ind;
}
