// What the grid's column callbacks and cell renderers read at run time. AG Grid keeps the column
// definitions it was given, so the callbacks read this one long-lived object instead of closing
// over values that change: the translator, the selection, the last refused cell, and the check and
// write of the current plan and area. PlanGrid keeps one for the grid's life and updates it with
// `update` after each render.
import type { Lang } from "../i18n/numbers";
import type { CellProblem } from "./cellInput";
import type { IndicatorRow } from "./rows";
import type { Selection } from "./selection";
import { type Translate, translator } from "../i18n/translator";

export interface GridContextFields {
  t: Translate;
  lang: Lang;
  selection: Selection | null;
  /** Displayed column index by column id, for drawing the selection. */
  colIndex: Map<string, number>;
  /** The cell whose value was just refused (outlined until the next edit or move). */
  refused: { rowId: string; colId: string } | null;
  /** Check a typed value without writing it: the problem, or null when it would be accepted. */
  check: (row: IndicatorRow, colId: string, text: string) => CellProblem | null;
  /** Write a typed value through the edit path. */
  write: (row: IndicatorRow, colId: string, text: string) => void;
}

export class GridContext implements GridContextFields {
  t: Translate;
  lang: Lang;
  selection: Selection | null = null;
  colIndex = new Map<string, number>();
  refused: { rowId: string; colId: string } | null = null;
  check: GridContextFields["check"] = () => null;
  write: GridContextFields["write"] = () => undefined;

  constructor(lang: Lang) {
    this.lang = lang;
    this.t = translator(lang);
  }

  update(fields: Partial<GridContextFields>): void {
    Object.assign(this, fields);
  }
}
