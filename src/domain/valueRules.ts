// What a value may be, for the indicator it belongs to. The grid refuses a bad value at the cell
// with these codes; the file reader reports them with their place. Codes, not sentences: the
// interface turns each into a message in the user's language.
import { parseCellKey, type CellValue } from "./cells";
import { isPeriodInPlan } from "./periods";
import { type Actual, type Indicator, type Plan, type Target, WHOLE_UNITS, MAX_ABS_VALUE } from "./schema";
import { KIND_RULES } from "./kindRules";

export type ValueProblem =
  | "notFinite"
  | "tooLarge"
  | "negative"
  | "notWhole"
  | "shareOver100"
  | "rangeMinOverMax"
  | "rateTooLow"
  | "numeratorOverDenominator"
  | "partsMismatch"
  | "periodOutsidePlan"
  | "yearDerivedFromHalves"
  | "badCell";

type IndicatorShape = Pick<Indicator, "kind" | "unit">;

/** Problems of a plain number standing for a level, an amount or a share of this indicator. */
export function checkNumber(ind: IndicatorShape, v: number, asRate = false): ValueProblem | null {
  if (!Number.isFinite(v)) return "notFinite";
  if (Math.abs(v) > MAX_ABS_VALUE) return "tooLarge";
  if (asRate) return v <= -100 ? "rateTooLow" : null;
  if (v < 0) return "negative";
  if (KIND_RULES[ind.kind].percent || ind.unit === "percent") return v > 100 ? "shareOver100" : null;
  if (WHOLE_UNITS.has(ind.unit) && !Number.isInteger(v)) return "notWhole";
  return null;
}

/**
 * Problems of a target. Split amounts may be fractional (a total of 3 over 5 years is shown whole
 * but planned fractions are refused) so counts must be whole here as well.
 */
export function checkTarget(ind: IndicatorShape, t: Target, asRate: boolean): ValueProblem | null {
  if (t.bound === "range") {
    const p = checkNumber(ind, t.min, asRate) ?? checkNumber(ind, t.max, asRate);
    if (p) return p;
    return t.min > t.max ? "rangeMinOverMax" : null;
  }
  return checkNumber(ind, t.value, asRate);
}

export function checkActual(ind: IndicatorShape, a: Actual): ValueProblem | null {
  const p = checkNumber(ind, a.value);
  if (p) return p;
  if (a.numerator === undefined && a.denominator === undefined) return null;
  if (a.numerator === undefined || a.denominator === undefined) return "partsMismatch";
  for (const n of [a.numerator, a.denominator]) {
    if (!Number.isFinite(n)) return "notFinite";
    if (n < 0) return "negative";
  }
  if (a.numerator > a.denominator) return "numeratorOverDenominator";
  if (a.denominator > 0 && Math.abs((a.numerator / a.denominator) * 100 - a.value) > 0.1)
    return "partsMismatch";
  return null;
}

/** Problems of a value for a cell of this indicator, in this plan. */
export function checkCellValue(
  plan: Pick<Plan, "startYear" | "endYear" | "reporting">,
  ind: IndicatorShape,
  key: string,
  value: CellValue | null,
  halvesExist: (year: number) => boolean = () => false,
): ValueProblem | null {
  const ref = parseCellKey(key);
  if (!ref) return "badCell";
  if (ref.kind === "plan" && !isPeriodInPlan({ ...plan, reporting: "yearly" }, ref.year))
    return "periodOutsidePlan";
  if (ref.kind === "actual") {
    if (!isPeriodInPlan(plan, ref.period)) return "periodOutsidePlan";
    if (/^\d{4}$/.test(ref.period) && plan.reporting === "halfYearly" && halvesExist(Number(ref.period))) {
      return "yearDerivedFromHalves";
    }
  }
  if (value === null) return null;
  const growthRate = ind.kind === "growth" && (ref.kind === "plan" || ref.kind === "total");
  switch (ref.kind) {
    case "baseline":
      return typeof value === "number" ? checkNumber(ind, value) : "badCell";
    case "total":
    case "plan":
      return typeof value === "object" && "bound" in value ? checkTarget(ind, value, growthRate) : "badCell";
    case "actual":
      return typeof value === "object" && "status" in value ? checkActual(ind, value) : "badCell";
  }
}
