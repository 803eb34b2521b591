// Typing in a cell: the grid context's check and write, kept current after every render so that
// AG Grid's callbacks always see the current plan, area and language; a refused value outlines its
// cell and says where, what and why.
import type { GridApi } from "ag-grid-community";
import { type RefObject, useCallback, useLayoutEffect } from "react";
import type { PlanEditor } from "../bindings/planEditor";
import type { Lang } from "../i18n/numbers";
import { writeCell } from "./cellInput";
import { columnLabel } from "./columns";
import type { GridContext } from "./gridContext";
import type { GridRow, IndicatorRow } from "./rows";
import { type Translate, translator } from "../i18n/translator";
import type { GridNotice } from "./useGridActions";

export function useCellWriter(
  context: GridContext,
  editor: PlanEditor,
  area: string,
  lang: Lang,
  t: Translate,
  notify: (n: GridNotice | null) => void,
  api: RefObject<GridApi<GridRow> | null>,
) {
  const where = useCallback(
    (row: IndicatorRow, colId: string) =>
      t("grid.where", { code: row.code || row.name, column: columnLabel(colId, translator(lang)) }),
    [t, lang],
  );
  const refuse = useCallback(
    (row: IndicatorRow, colId: string, text: string, reason: string) => {
      context.update({ refused: { rowId: row.rowId, colId } });
      notify({ tone: "problem", text: t("grid.refusedAt", { where: where(row, colId), text, reason }) });
      api.current?.refreshCells({ force: false, suppressFlash: true });
    },
    [context, t, where, notify, api],
  );

  useLayoutEffect(() => {
    const read = (row: IndicatorRow, colId: string, text: string) => {
      const ind = editor.plan.indicators.find((x) => x.id === row.indicatorId);
      return ind ? writeCell(editor.plan, ind, area, colId, text, lang) : null;
    };
    context.update({
      t: translator(lang),
      lang,
      check: (row, colId, text) => {
        const w = read(row, colId, text);
        if (!w) return { key: "problem.unknownIndicator" };
        return w.ok ? null : w.problem;
      },
      write: (row, colId, text) => {
        const w = read(row, colId, text);
        if (!w) return;
        if (!w.ok) return refuse(row, colId, text, t(w.problem.key, w.problem.params));
        context.update({ refused: null });
        if (!w.edit) return;
        const r = editor.dispatch(w.edit);
        if (!r.ok) refuse(row, colId, text, t(`problem.${r.error.problem}`));
        else notify(null);
      },
    });
  });

  return { where, refuse };
}
