// What confirming the mapping step does, as data: for a new plan, the plan's details (title from the
// file, period from the year columns) and ONE edit adding every indicator; for the open plan, ONE
// edit adding them; for a commune's sheet, ONE edit setting that sub-area's values of the indicators
// the rows match (by code and name). One undo removes it all.
import type { Edit } from "../../domain/edits";
import { blankPlan } from "../../domain/newPlan";
import type { Plan, Series } from "../../domain/schema";
import { WHOLE_AREA } from "../../domain/schema";
import { codeKey, nameKey } from "../../domain/sharing/nameKey";
import { guessUnit } from "./guess";
import type { PreviewIndicator, SheetPreview } from "./preview";
import {
  indicatorsFromPreview,
  periodFromPreview,
  seriesFromRow,
  type RowChoice,
  type ValueRefusal,
} from "./toIndicators";

export type ImportTarget =
  | { kind: "new"; title: string }
  /** New indicators in the open plan; with sub-areas, their values go to `area`. */
  | { kind: "open"; plan: Plan; area: string }
  | { kind: "area"; plan: Plan; area: string };

export interface ImportPlan {
  /** The plan to create first (no indicators), for a new plan; null otherwise. */
  newPlan: Plan | null;
  edit: Edit;
  /** Indicators added, or values set for a sub-area. */
  count: number;
  refusals: ValueRefusal[];
  /** Rows (0-based sheet rows) that match no indicator, for a sub-area's values. */
  unmatched: number[];
}

export interface ImportContext {
  newId: () => string;
  now: string;
  /** "bieu.xlsx, Biểu 1": where each indicator came from. */
  source: string;
  fallbackYear: number;
}

/** The indicator of the plan a row stands for: same code and name, else the same name alone. */
export function matchRow(plan: Plan, line: PreviewIndicator): string | null {
  const name = nameKey(line.name);
  const code = codeKey(line.code);
  const byName = plan.indicators.filter((i) => nameKey(i.name) === name);
  const both = byName.find((i) => code !== "" && codeKey(i.code) === code);
  if (both) return both.id;
  return byName.length === 1 ? (byName[0]?.id ?? null) : null;
}

function merged(before: Series | undefined, after: Series): Series {
  if (!before) return after;
  return {
    baseline: after.baseline ?? before.baseline,
    total: after.total ?? before.total,
    plan: { ...before.plan, ...after.plan },
    actual: { ...before.actual, ...after.actual },
    notes: before.notes,
  };
}

function valuesOf(s: Series): number {
  return (
    (s.baseline === null ? 0 : 1) +
    (s.total ? 1 : 0) +
    Object.keys(s.plan).length +
    Object.keys(s.actual).length
  );
}

function areaImport(
  preview: SheetPreview,
  choices: ReadonlyMap<number, RowChoice>,
  plan: Plan,
  area: string,
): ImportPlan {
  const edits: Edit[] = [];
  const refusals: ValueRefusal[] = [];
  const unmatched: number[] = [];
  let count = 0;
  for (const line of preview.lines) {
    if (line.kind !== "indicator" || !choices.get(line.row)?.include) continue;
    const id = matchRow(plan, line);
    const ind = plan.indicators.find((i) => i.id === id);
    if (!ind) {
      unmatched.push(line.row);
      continue;
    }
    // The plan says what the indicator is; the file only says how money is written.
    const factor = ind.unit === "dong" ? guessUnit(line.unitText, line.name).factor : 1;
    const choice: RowChoice = { include: true, unit: ind.unit, kind: ind.kind, factor };
    const { series } = seriesFromRow(line, choice, plan, refusals);
    count += valuesOf(series);
    edits.push({ type: "setSeries", indicatorId: ind.id, area, series: merged(ind.series[area], series) });
  }
  return { newPlan: null, edit: { type: "batch", edits }, count, refusals, unmatched };
}

/** The plan to create and the one edit to dispatch, from the confirmed mapping. */
export function planImport(
  preview: SheetPreview,
  choices: ReadonlyMap<number, RowChoice>,
  target: ImportTarget,
  ctx: ImportContext,
): ImportPlan {
  if (target.kind === "area") return areaImport(preview, choices, target.plan, target.area);
  let newPlan: Plan | null = null;
  let into: Pick<Plan, "startYear" | "endYear" | "reporting" | "indicators">;
  let area = WHOLE_AREA;
  if (target.kind === "new") {
    const period = periodFromPreview(preview, ctx.fallbackYear);
    const billions = [...choices.values()].some((c) => c.include && c.unit === "dong" && c.factor >= 1e9);
    newPlan = {
      ...blankPlan(ctx.newId(), ctx.now, period.startYear),
      title: target.title.trim().slice(0, 500) || preview.sheetName,
      endYear: period.endYear,
      baselineYear: period.baselineYear,
      reporting: period.reporting,
      moneyScale: billions ? "billion" : "million",
    };
    into = newPlan;
  } else {
    into = target.plan;
    area = target.plan.subAreas.some((a) => a.id === target.area) ? target.area : WHOLE_AREA;
  }
  const built = indicatorsFromPreview(preview, choices, into, { area, newId: ctx.newId, source: ctx.source });
  const at = into.indicators.length;
  const edits: Edit[] = built.indicators.map((indicator, i) => ({
    type: "addIndicator",
    indicator,
    index: at + i,
  }));
  return {
    newPlan,
    edit: { type: "batch", edits },
    count: built.indicators.length,
    refusals: built.refusals,
    unmatched: [],
  };
}
