// What one cell of the grid shows and what a copy or an editor starts from. Typed values are shown
// as the planner wrote them; derived ones (a split total, a planned path, a year computed from its
// halves, a total summed from the years) are marked so the grid can show them differently.
import type { Actual, MoneyScale, Target, Unit } from "../domain/schema";
import { type Band, fromBand } from "../domain/targets";
import type { Fig } from "../domain/actuals";
import { formatNumber, type Lang } from "../i18n/numbers";
import { type FormatOptions, formatTarget, formatValue, toDisplay } from "../i18n/targets";

/** typed: stored as entered; derived: computed in this area; rollup: summed from the sub-areas. */
export type CellSource = "typed" | "derived" | "rollup" | "empty";

export interface CellView {
  /** As shown (without the estimate mark, which the renderer adds). */
  text: string;
  /** What the editor starts with: full precision, as the planner would type it. */
  edit: string;
  /** What Ctrl+C gives: a number or a target as written, in the interface language. */
  copy: string;
  source: CellSource;
  /** The value rests on an estimate (ước). */
  estimate: boolean;
  note: string | null;
  editable: boolean;
  /** Extra explanation on hover (why a value is derived, how many sub-areas it sums). */
  tip: string | null;
}

export const EMPTY_CELL: CellView = {
  text: "",
  edit: "",
  copy: "",
  source: "empty",
  estimate: false,
  note: null,
  editable: false,
  tip: null,
};

/** Enough digits that a copied or edited value reads back exactly (money in tỷ has 9 decimals). */
const FULL_PRECISION = 9;

export interface ValueFormat {
  lang: Lang;
  unit: Unit;
  scale: MoneyScale;
}

export function fullNumber(value: number, f: ValueFormat): string {
  return formatNumber(toDisplay(value, f.unit, f.scale), f.lang, FULL_PRECISION);
}

function fullTarget(t: Target, f: ValueFormat): string {
  const o: FormatOptions = { ...f, maxFraction: FULL_PRECISION };
  return formatTarget(t, o);
}

export function typedNumberCell(
  value: number,
  f: ValueFormat,
  editable: boolean,
  note: string | null,
): CellView {
  const full = fullNumber(value, f);
  return {
    ...EMPTY_CELL,
    text: formatValue(value, f),
    edit: full,
    copy: full,
    source: "typed",
    editable,
    note,
  };
}

export function typedTargetCell(t: Target, f: ValueFormat, editable: boolean, note: string | null): CellView {
  const full = fullTarget(t, f);
  return { ...EMPTY_CELL, text: formatTarget(t, f), edit: full, copy: full, source: "typed", editable, note };
}

export function typedActualCell(a: Actual, f: ValueFormat, editable: boolean, note: string | null): CellView {
  const full = fullNumber(a.value, f);
  // A share recorded with its parts is edited as "11/15" so the parts are kept.
  const edit =
    a.numerator !== undefined && a.denominator !== undefined
      ? `${formatNumber(a.numerator, f.lang, FULL_PRECISION)}/${formatNumber(a.denominator, f.lang, FULL_PRECISION)}`
      : full;
  return {
    ...EMPTY_CELL,
    text: formatValue(a.value, f),
    edit,
    copy: a.numerator !== undefined ? formatValue(a.value, f) : full,
    source: "typed",
    estimate: a.status === "estimate",
    editable,
    note,
  };
}

/** A derived band keeps the wording of what it comes from: a split of "≥ 40" is "≥ 8" a year. */
export function derivedBandCell(b: Band, f: ValueFormat, editable: boolean, tip: string | null): CellView {
  // A range whose ends meet (1–2 split over five years gives 0–0 in a later year) is one number.
  const text = b.lo === b.hi && b.bound === "range" ? formatValue(b.lo, f) : formatTarget(fromBand(b), f);
  return { ...EMPTY_CELL, text, edit: text, copy: text, source: "derived", editable, tip };
}

export function derivedFigCell(x: Fig, f: ValueFormat, editable: boolean, tip: string | null): CellView {
  const text = formatValue(x.value, f);
  return {
    ...EMPTY_CELL,
    text,
    edit: text,
    copy: text,
    source: "derived",
    estimate: x.estimate,
    editable,
    tip,
  };
}

export function emptyCell(editable: boolean, note: string | null): CellView {
  return { ...EMPTY_CELL, editable, note };
}

export function textCell(text: string, editable: boolean, tip: string | null = null): CellView {
  return { ...EMPTY_CELL, text, edit: text, copy: text, source: text ? "typed" : "empty", editable, tip };
}

/** A whole-plan figure summed from the sub-areas: read-only, shown plainly. */
export function rollupCell(text: string, estimate: boolean, tip: string | null): CellView {
  return { ...EMPTY_CELL, text, edit: text, copy: text, source: text ? "rollup" : "empty", estimate, tip };
}
