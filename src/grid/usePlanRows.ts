// The grid's rows for the current plan and area, rebuilt only where the plan changed: an edit
// replaces one indicator object in the plan, so rows are cached by indicator and a new row object
// is made only for it. AG Grid (with getRowId) then repaints that row alone.
import { useMemo } from "react";
import type { Indicator, Plan } from "../domain/schema";
import type { Lang } from "../i18n/numbers";
import { buildRows, type GridRow, type IndicatorRow } from "./rows";
import { translator } from "../i18n/translator";

export function usePlanRows(plan: Plan, area: string, lang: Lang, writable: boolean): GridRow[] {
  const { startYear, endYear, baselineYear, reporting, subAreas, moneyScale, indicators } = plan;
  // Everything besides the indicators that a row depends on: a change here drops every cached row.
  const cache = useMemo(() => {
    void [lang, area, writable, startYear, endYear, baselineYear, reporting, subAreas, moneyScale];
    return new WeakMap<Indicator, IndicatorRow>();
  }, [lang, area, writable, startYear, endYear, baselineYear, reporting, subAreas, moneyScale]);
  return useMemo(() => {
    const shape = { startYear, endYear, baselineYear, reporting, subAreas, moneyScale, indicators };
    return buildRows(shape, { lang, t: translator(lang), area, writable }, cache);
  }, [
    cache,
    lang,
    area,
    writable,
    startYear,
    endYear,
    baselineYear,
    reporting,
    subAreas,
    moneyScale,
    indicators,
  ]);
}
