// Actuals as recorded and as derived (DECISIONS.md "Periods", "Estimates and finals"):
// the year's actual of a half-yearly plan is derived and read-only when halves exist — an amount
// is H1 + H2, a level or share the H2 value. Anything computed from an estimate is an estimate.
import { KIND_RULES } from "./kindRules";
import type { Actual, IndicatorKind, Series } from "./schema";

/** A figure and whether it rests on an estimate (ước). */
export interface Fig {
  value: number;
  estimate: boolean;
}

export function fig(a: Actual): Fig {
  return { value: a.value, estimate: a.status === "estimate" };
}

export function halvesExist(s: Series, year: number): boolean {
  return Boolean(s.actual[`${year}-H1`] || s.actual[`${year}-H2`]);
}

/**
 * The actual of a whole year: the stored year value, or when halves exist the value derived from
 * them (null until H2 is in: a year is not over after its first half).
 */
export function yearActual(kind: IndicatorKind, s: Series, year: number): Fig | null {
  const h1 = s.actual[`${year}-H1`];
  const h2 = s.actual[`${year}-H2`];
  if (!h1 && !h2) {
    const y = s.actual[String(year)];
    return y ? fig(y) : null;
  }
  if (!h2) return null;
  if (KIND_RULES[kind].yearFromHalves === "last") return fig(h2);
  return {
    value: (h1?.value ?? 0) + h2.value,
    estimate: h2.status === "estimate" || h1?.status === "estimate",
  };
}

/** Whether the year's actual is derived from halves (and so read-only in the grid). */
export function yearActualIsDerived(s: Series, year: number): boolean {
  return halvesExist(s, year);
}

/**
 * The actual at the end of a reporting period. In a half-yearly plan a year entered as a whole
 * (no halves) stands at the year's end (H2).
 */
export function periodActual(s: Series, year: number, half: "H1" | "H2" | null): Actual | null {
  if (half === null) return s.actual[String(year)] ?? null;
  const own = s.actual[`${year}-${half}`];
  if (own) return own;
  if (half === "H2" && !s.actual[`${year}-H1`]) return s.actual[String(year)] ?? null;
  return null;
}

export function sumFigs(figs: readonly (Fig | null)[]): Fig | null {
  let value = 0;
  let estimate = false;
  let any = false;
  for (const f of figs) {
    if (!f) continue;
    any = true;
    value += f.value;
    estimate ||= f.estimate;
  }
  return any ? { value, estimate } : null;
}
