// One table of the status view: the sub-areas' names, how many indicators each is behind on, and a
// cell per indicator (colour, icon, đạt % KH and the status in words). On screen a long list draws
// only the rows in view (`rowWindow`), with the row count and each row's place told to screen
// readers; printed, every row.
import type { Ref } from "react";
import type { Indicator } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { formatRatio } from "../i18n/numbers";
import { hrefFor } from "../ui/router";
import { STATUS_ICON as ICON } from "../ui/StatusBadge";
import type { StatusRow } from "./statusTable";
import { ROW_HEIGHT, type RowWindow } from "./useRowWindow";

export function StatusTable({
  planId,
  rollups,
  rows: list,
  columns: cols,
  sortIndicator: onSort,
  ariaSort: sortOf,
  rowWindow,
  bodyRef,
}: {
  planId: string;
  /** The groups' and the whole plan's rows, above the sub-areas and never sorted away. */
  rollups: readonly StatusRow[];
  rows: readonly StatusRow[];
  columns: readonly Indicator[];
  sortIndicator?: (ind: Indicator) => void;
  ariaSort?: (ind: Indicator) => "ascending" | "descending" | undefined;
  /** The sub-areas' rows drawn; all when absent. */
  rowWindow?: RowWindow | null;
  bodyRef?: Ref<HTMLTableSectionElement>;
}) {
  const { t } = useI18n();
  const start = rowWindow?.start ?? 0;
  const end = rowWindow?.end ?? list.length;
  // Row places for screen readers when rows are left out: the heading row is 1.
  const place = (i: number) => (rowWindow ? i + 2 : undefined);
  const spacer = (rows: number) =>
    rows > 0 ? (
      <tr aria-hidden="true" className="status-spacer">
        <td colSpan={cols.length + 2} style={{ height: rows * ROW_HEIGHT }} />
      </tr>
    ) : null;
  return (
    <table className="status-table" aria-rowcount={rowWindow ? 1 + rollups.length + list.length : undefined}>
      <caption className="visually-hidden">{t("statusTable.heading")}</caption>
      <thead>
        <tr aria-rowindex={rowWindow ? 1 : undefined}>
          <th scope="col" className="status-name">
            {t("statusTable.area")}
          </th>
          <th scope="col" className="status-behind" title={t("statusTable.behindTip")}>
            {t("statusTable.behind")}
          </th>
          {cols.map((ind) => (
            <th key={ind.id} scope="col" aria-sort={sortOf?.(ind)} title={ind.name}>
              {onSort ? (
                <button type="button" className="status-sort" onClick={() => onSort(ind)}>
                  <span className="status-code">{ind.code}</span> {ind.name}
                  <span aria-hidden="true" className="sort-mark">
                    {sortOf?.(ind) === "ascending" ? " ▲" : sortOf?.(ind) === "descending" ? " ▼" : ""}
                  </span>
                </button>
              ) : (
                <>
                  <span className="status-code">{ind.code}</span> {ind.name}
                </>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="status-rollups">
        {rollups.map((r, i) => (
          <tr key={r.area.id} aria-rowindex={place(i)}>
            <th scope="row" className="status-name">
              {r.area.name}
            </th>
            <Cells row={r} columns={cols} />
          </tr>
        ))}
      </tbody>
      <tbody ref={bodyRef} className={rowWindow ? "status-windowed" : undefined}>
        {spacer(start)}
        {list.slice(start, end).map((r, i) => (
          <tr key={r.area.id} aria-rowindex={place(rollups.length + start + i)}>
            <th scope="row" className="status-name" title={rowWindow ? r.area.name : undefined}>
              <a href={hrefFor({ name: "plan", planId, view: "grid", item: r.area.id })}>{r.area.name}</a>
            </th>
            <Cells row={r} columns={cols} />
          </tr>
        ))}
        {spacer(list.length - end)}
      </tbody>
    </table>
  );
}

function Cells({ row: r, columns: cols }: { row: StatusRow; columns: readonly Indicator[] }) {
  const { t, lang } = useI18n();
  // Each cell is one text node and three small elements at most, its words looked up once.
  const estimate = ` ${t("statusTable.estimate")}`;
  return (
    <>
      <td className="status-behind">{r.behind}</td>
      {cols.map((ind) => {
        const c = r.cells.get(ind.id);
        const s = c?.status ?? "noData";
        // Judged without a percentage (a target of 0): the status is said in words where it would be.
        const word = c?.ratio == null && s !== "noData";
        return (
          <td key={ind.id} className={`status-cell status-${s}`}>
            <span aria-hidden="true">{ICON[s]}</span>
            {` ${c?.ratio != null ? formatRatio(c.ratio, lang, 0) : word ? t(`status.${s}`) : "–"}`}
            {c?.estimate ? <span className="status-est">{estimate}</span> : null}
            {!word && <span className="visually-hidden">{` ${t(`status.${s}`)}`}</span>}
          </td>
        );
      })}
    </>
  );
}
