// The previewed rows as indicators, with the unit and kind the planner confirmed for each row: values
// converted to what the plan stores (money in đồng), each checked by the domain's own value rules
// for the plan it goes into (a year outside the period, a share over 100%, a fraction of an HTX), so
// that a value the edit path would refuse is listed with its cell instead and the rest goes in.
import { emptySeries, setCell, type CellValue } from "../../domain/cells";
import type { Indicator, IndicatorKind, Plan, Series, Target, Unit } from "../../domain/schema";
import { checkCellValue, type ValueProblem } from "../../domain/valueRules";
import type { PreviewIndicator, PreviewValue, SheetPreview } from "./preview";

export interface RowChoice {
  include: boolean;
  unit: Unit;
  /** What one written money unit is in đồng. */
  factor: number;
  kind: IndicatorKind;
}

export interface ValueRefusal {
  address: string;
  row: number;
  problem: ValueProblem;
}

type PeriodShape = Pick<Plan, "startYear" | "endYear" | "reporting">;

/** The period a new plan gets from the sheet: its years (the latest actual before the plans is the baseline). */
export function periodFromPreview(
  p: SheetPreview,
  fallbackYear: number,
): PeriodShape & { baselineYear: number } {
  const planYears = new Set<number>();
  for (const line of p.lines)
    if (line.kind === "indicator")
      for (const v of line.values) if (v.key.startsWith("plan:")) planYears.add(Number(v.key.slice(5)));
  const years = planYears.size > 0 ? [...planYears] : p.years;
  const startYear = years.length > 0 ? Math.min(...years) : fallbackYear;
  const endYear = years.length > 0 ? Math.max(...years, startYear) : fallbackYear + 4;
  return {
    startYear,
    endYear,
    baselineYear: startYear - 1,
    reporting: p.halfYears ? "halfYearly" : "yearly",
  };
}

function scaled(t: Target, f: number, money: boolean): Target {
  if (!money) return t;
  const m = (v: number) => Math.round(v * f);
  return t.bound === "range" ? { ...t, min: m(t.min), max: m(t.max) } : { ...t, value: m(t.value) };
}

function cellValueOf(v: PreviewValue, choice: RowChoice): CellValue {
  const money = choice.unit === "dong";
  const f = choice.factor;
  if (v.key === "baseline") return money ? Math.round(v.value * f) : v.value;
  if ("status" in v) return { value: money ? Math.round(v.value * f) : v.value, status: v.status };
  return scaled(v.target, f, money);
}

/**
 * One series from a row: each value checked for the plan's period and the indicator's unit and kind.
 * An actual of a year before the period is the baseline (the latest one), when the row has none.
 */
export function seriesFromRow(
  line: PreviewIndicator,
  choice: RowChoice,
  plan: PeriodShape,
  refusals: ValueRefusal[],
): { series: Series; baselineYear: number | null } {
  let series = emptySeries();
  let baselineYear: number | null = null;
  const ind = { kind: choice.kind, unit: choice.unit };
  const hasBaseline = line.values.some((v) => v.key === "baseline");
  const early = line.values
    .filter((v) => v.key.startsWith("actual:") && Number(v.key.slice(7, 11)) < plan.startYear)
    .sort((a, b) => a.key.localeCompare(b.key));
  const asBaseline = !hasBaseline ? early[early.length - 1] : undefined;
  for (const v of line.values) {
    let key: string = v.key;
    if (v === asBaseline && "status" in v && /^actual:\d{4}$/.test(v.key)) {
      key = "baseline";
      baselineYear = Number(v.key.slice(7));
    }
    let value = cellValueOf(v, choice);
    if (key === "baseline" && typeof value === "object")
      value = "value" in value ? (value.value as number) : 0;
    const halves = (y: number) => Boolean(series.actual[`${y}-H1`] || series.actual[`${y}-H2`]);
    const asRate = choice.kind === "growth" && (key === "total" || key.startsWith("plan:"));
    const problem = checkCellValue(
      plan,
      asRate ? { kind: "growth", unit: "percent" } : ind,
      key,
      value,
      halves,
    );
    if (problem) {
      refusals.push({ address: v.address, row: line.row, problem });
      continue;
    }
    series = setCell(series, key, value);
  }
  return { series, baselineYear };
}

export interface ImportedIndicators {
  indicators: Indicator[];
  refusals: ValueRefusal[];
}

/** New indicators from the included rows, their series in `area`. */
export function indicatorsFromPreview(
  preview: SheetPreview,
  choices: ReadonlyMap<number, RowChoice>,
  plan: PeriodShape,
  o: { area: string; newId: () => string; source: string },
): ImportedIndicators {
  const refusals: ValueRefusal[] = [];
  const indicators: Indicator[] = [];
  for (const line of preview.lines) {
    if (line.kind !== "indicator") continue;
    const choice = choices.get(line.row);
    if (!choice?.include) continue;
    const { series, baselineYear } = seriesFromRow(line, choice, plan, refusals);
    indicators.push({
      id: o.newId(),
      code: line.code,
      group: line.group,
      name: line.name,
      unit: choice.unit,
      kind: choice.kind,
      direction: "higher",
      baselineYear,
      agency: line.agency,
      source: `${o.source}, dòng ${line.row + 1}`.slice(0, 1000),
      note: line.note,
      series: { [o.area]: series },
    });
  }
  return { indicators, refusals };
}
