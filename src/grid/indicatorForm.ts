// The indicator form's model: the fields as typed, checked by the same zod schema as stored plans
// (schema.ts Indicator) and the same value rules as the grid, then turned into ONE edit: add the
// indicator, or update it with its target and baseline in the area shown (and move it to its new
// group's place when the group changed). Pure: no React.
import { emptySeries, getCell, listCells } from "../domain/cells";
import type { Edit, IndicatorPatch } from "../domain/edits";
import {
  type Direction,
  Indicator,
  type IndicatorKind,
  type Plan,
  type Series,
  type Target,
  type Unit,
  WHOLE_AREA,
} from "../domain/schema";
import { targetOnWrongSide } from "../domain/targetChecks";
import { checkCellValue } from "../domain/valueRules";
import { placeInGroup } from "../domain/indicatorPlace";
// Where a new indicator goes lives in the domain, shared with targets from text.
export { placeInGroup };
import type { Lang } from "../i18n/numbers";
import { sameCell } from "../domain/sharing/sameValue";
import { type CellProblem, normaliseText, readCellValue } from "./cellInput";
import { fullNumber } from "./cellView";
import { isRollupView } from "./rows";
import { formatTarget } from "../i18n/targets";
import { INDICATOR_FIELDS } from "../domain/sharing/planDiff";
import { KIND_RULES } from "../domain/kindRules";

export interface IndicatorFormValues {
  code: string;
  name: string;
  group: string;
  unit: Unit;
  kind: IndicatorKind;
  direction: Direction;
  baselineYear: string;
  agency: string;
  source: string;
  note: string;
  /** In the area shown: the baseline value and the programme target, as written. */
  baseline: string;
  target: string;
}

export type FormField = keyof IndicatorFormValues;
export type FormErrors = Partial<Record<FormField, CellProblem>>;
export type FormResult = { ok: true; edit: Edit } | { ok: false; errors: FormErrors };

type PlanShape = Pick<Plan, "startYear" | "endYear" | "reporting" | "moneyScale" | "subAreas" | "indicators">;

export function formValuesOf(
  plan: PlanShape,
  ind: Indicator | null,
  area: string,
  lang: Lang,
  group = "",
): IndicatorFormValues {
  const s = ind?.series[area];
  const unit = ind?.unit ?? "htx";
  const kind = ind?.kind ?? "amount";
  const f = { lang, unit, scale: plan.moneyScale };
  return {
    code: ind?.code ?? "",
    name: ind?.name ?? "",
    group: ind?.group ?? group,
    unit,
    kind,
    direction: ind?.direction ?? "higher",
    baselineYear: ind?.baselineYear === null || ind === null ? "" : String(ind.baselineYear),
    agency: ind?.agency ?? "",
    source: ind?.source ?? "",
    note: ind?.note ?? "",
    baseline: s && s.baseline !== null ? fullNumber(s.baseline, f) : "",
    target: s?.total
      ? formatTarget(s.total, { ...f, unit: KIND_RULES[kind].planIsRate ? "percent" : unit, maxFraction: 9 })
      : "",
  };
}

const FIELD_OF_PATH: Record<string, FormField> = {
  code: "code",
  name: "name",
  group: "group",
  agency: "agency",
  source: "source",
  note: "note",
  baselineYear: "baselineYear",
};

/** Problems of the text fields, from the schema itself. */
function schemaErrors(candidate: Indicator): FormErrors {
  const r = Indicator.safeParse(candidate);
  if (r.success) return {};
  const errors: FormErrors = {};
  for (const issue of r.error.issues) {
    const field = FIELD_OF_PATH[String(issue.path[0])];
    if (!field || errors[field]) continue;
    if (field === "baselineYear") errors[field] = { key: "grid.form.badYear" };
    else if (issue.code === "too_small") errors[field] = { key: "grid.problem.nameRequired" };
    else if (issue.code === "too_big")
      errors[field] = { key: "grid.problem.tooLong", params: { max: Number(issue.maximum) } };
    else errors[field] = { key: "problem.invalidShape" };
  }
  return errors;
}

/** Stored values that the new unit or kind would make invalid (a share over 100, half an HTX). */
function existingValueError(
  plan: PlanShape,
  candidate: Indicator,
  skip: (area: string, key: string) => boolean,
) {
  for (const [area, s] of Object.entries(candidate.series)) {
    for (const [key, value] of listCells(s)) {
      if (skip(area, key)) continue;
      const problem = checkCellValue(plan, candidate, key, value, () => false);
      if (problem)
        return { key: "grid.form.existingInvalid" as const, params: { cell: key, reason: problem } };
    }
  }
  return null;
}

function patchOf(before: Indicator, after: Indicator): IndicatorPatch {
  const patch: Record<string, unknown> = {};
  for (const k of INDICATOR_FIELDS) {
    if (before[k] !== after[k]) patch[k] = after[k];
  }
  return patch as IndicatorPatch;
}

export function submitIndicatorForm(
  plan: PlanShape,
  area: string,
  original: Indicator | null,
  values: IndicatorFormValues,
  lang: Lang,
  newId: string,
  /** Where a new indicator goes when it stays in `insertGroup` (after the focused one). */
  insertAt: number,
  insertGroup: string | null = null,
): FormResult {
  const year = values.baselineYear.trim();
  const candidate: Indicator = {
    ...(original ?? { id: newId, series: {} }),
    code: normaliseText(values.code),
    name: normaliseText(values.name),
    group: normaliseText(values.group),
    unit: values.unit,
    kind: values.kind,
    direction: values.direction,
    baselineYear: year === "" ? null : /^\d{4}$/.test(year) ? Number(year) : Number.NaN,
    agency: normaliseText(values.agency),
    source: normaliseText(values.source),
    note: normaliseText(values.note),
  };
  const errors: FormErrors = schemaErrors({ ...candidate, series: {} });
  const figures = !isRollupView(plan, area);
  const series: Series = original?.series[area] ?? emptySeries();
  const read = (field: "baseline" | "target", key: "baseline" | "total") => {
    const r = readCellValue(plan, candidate, key, values[field], lang, getCell(series, key));
    if (!r.ok) {
      errors[field] = r.problem;
      return null;
    }
    const problem = checkCellValue(plan, candidate, key, r.value);
    if (problem) errors[field] = { key: `problem.${problem}` };
    return r.value;
  };
  const baseline = figures ? read("baseline", "baseline") : null;
  const total = figures ? read("target", "total") : null;
  if (original && (original.kind !== candidate.kind || original.unit !== candidate.unit)) {
    const bad = existingValueError(
      plan,
      candidate,
      (a, key) => figures && a === area && (key === "baseline" || key === "total"),
    );
    if (bad) errors[original.kind !== candidate.kind ? "kind" : "unit"] = bad;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const areaKey = area || WHOLE_AREA;
  if (!original) {
    const own = figures
      ? {
          [areaKey]: {
            ...emptySeries(),
            baseline: baseline as number | null,
            total: total as Series["total"],
          },
        }
      : {};
    const indicator = { ...candidate, series: figures && (baseline !== null || total !== null) ? own : {} };
    return {
      ok: true,
      edit: {
        type: "addIndicator",
        indicator,
        index:
          insertGroup !== null && candidate.group === insertGroup
            ? insertAt
            : placeInGroup(plan.indicators, candidate.group, insertAt),
      },
    };
  }
  const edits: Edit[] = [];
  const patch = patchOf(original, candidate);
  if (Object.keys(patch).length > 0) edits.push({ type: "updateIndicator", indicatorId: original.id, patch });
  if (figures && !sameCell(baseline, getCell(series, "baseline")))
    edits.push({
      type: "setCell",
      indicatorId: original.id,
      area: areaKey,
      key: "baseline",
      value: baseline,
    });
  if (figures && !sameCell(total, getCell(series, "total")))
    edits.push({ type: "setCell", indicatorId: original.id, area: areaKey, key: "total", value: total });
  if (patch.group !== undefined) {
    const index = plan.indicators.findIndex((x) => x.id === original.id);
    const toIndex = placeInGroup(plan.indicators, candidate.group, index, original.id);
    if (toIndex !== index) edits.push({ type: "moveIndicator", indicatorId: original.id, toIndex });
  }
  return { ok: true, edit: { type: "batch", edits } };
}

/**
 * Whether the baseline and target as typed in the form put the target on the wrong side of the
 * baseline for the chosen direction (DECISIONS.md "Status"): flagged where it is typed.
 */
export function formTargetOnWrongSide(
  plan: Pick<Plan, "moneyScale">,
  values: IndicatorFormValues,
  lang: Lang,
): boolean {
  const ind = { unit: values.unit, kind: values.kind };
  const baseline = readCellValue(plan, ind, "baseline", values.baseline, lang, null);
  const target = readCellValue(plan, ind, "total", values.target, lang, null);
  if (!baseline.ok || !target.ok || target.value === null || typeof target.value === "number") return false;
  const b = typeof baseline.value === "number" ? baseline.value : null;
  return targetOnWrongSide(values.kind, values.direction, b, target.value as Target);
}
