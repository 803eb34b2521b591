// "Theo địa bàn": every sub-area against every indicator, coloured by status with its icon and
// đạt % KH (as the dashboard judges it), to see at a glance which communes are behind. Sortable by
// any indicator's achievement (click its heading), by name or by how many indicators are behind;
// filtered by group of indicators, group of sub-areas and status. A sub-area's name opens its grid.
// Printed on A4 landscape: the columns are cut into pages of a few indicators, each repeating the
// sub-area names and its headings.
import { useEffect, useMemo, useRef, useState } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { groupsOf } from "../charts/dashboardData";
import { usePrinting } from "../charts/usePrinting";
import type { Indicator } from "../domain/schema";
import { STATUSES, type Status } from "../domain/status";
import { useI18n } from "../i18n/I18nProvider";
import { filterRows, rollupRows, sortRows, type StatusSort, statusRows } from "./statusTable";
import { STATUS_ICON as ICON } from "../ui/StatusBadge";
import { ChoiceSelect, GroupSelect } from "../ui/ChoiceSelect";
import { StatusTable as Table } from "./StatusTable";
import { useRowWindow } from "./useRowWindow";
import "./statusTable.css";

const SORTS = ["plan", "name", "behind", "indicator"] as const;

/** Indicator columns per printed page (A4 landscape, beside the names). */
const PRINT_COLUMNS = 10;

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export function StatusTableView() {
  const { plan } = usePlanEditor();
  const { t } = useI18n();
  const [indGroup, setIndGroup] = useState<string>("");
  const [status, setStatus] = useState<Status | "">("");
  const [areaGroup, setAreaGroup] = useState("");
  const [sort, setSort] = useState<StatusSort>({ by: "plan" });
  const [printing, setPrinting] = useState(false);
  // Printed with the browser's own command: the table as shown, every row of it.
  const printingPage = usePrinting();
  const scrollBox = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);

  // The print button draws the printed pages first, then asks the browser to print them.
  useEffect(() => {
    if (!printing) return;
    const after = () => setPrinting(false);
    window.addEventListener("afterprint", after);
    window.print();
    return () => window.removeEventListener("afterprint", after);
  }, [printing]);

  const indGroups = useMemo(() => groupsOf(plan), [plan]);
  const columns = useMemo(
    () => (indGroup === "" ? plan.indicators : plan.indicators.filter((i) => i.group === indGroup)),
    [plan.indicators, indGroup],
  );
  const rows = useMemo(() => statusRows(plan, columns), [plan, columns]);
  const wholeName = t("statusTable.whole");
  const rollups = useMemo(() => rollupRows(plan, columns, wholeName), [plan, columns, wholeName]);
  const areaIds = useMemo(
    () =>
      areaGroup === ""
        ? null
        : new Set(plan.subAreas.filter((a) => a.groupId === areaGroup).map((a) => a.id)),
    [plan.subAreas, areaGroup],
  );
  const shown = useMemo(
    () => sortRows(filterRows(rows, { areaIds, status: status || null }, sort), sort),
    [rows, areaIds, status, sort],
  );
  // The print button prints its own pages (below), the table on screen is then left out of them.
  const rowWindow = useRowWindow(scrollBox, body, shown.length, printingPage && !printing);

  if (plan.subAreas.length === 0) {
    return (
      <section className="panel">
        <h2>{t("statusTable.heading")}</h2>
        <p className="muted">{t("statusTable.noSubAreas")}</p>
      </section>
    );
  }

  const behindCount = shown.filter((r) => r.behind > 0).length;
  const sortIndicator = (ind: Indicator) =>
    setSort((s) =>
      s.by === "indicator" && s.id === ind.id
        ? { ...s, dir: s.dir === "asc" ? "desc" : "asc" }
        : { by: "indicator", id: ind.id, dir: "asc" },
    );
  const ariaSort = (ind: Indicator) =>
    sort.by === "indicator" && sort.id === ind.id
      ? sort.dir === "asc"
        ? "ascending"
        : "descending"
      : undefined;

  return (
    <section className="panel status-table-view" aria-labelledby="status-table-heading">
      <h2 id="status-table-heading">{t("statusTable.heading")}</h2>
      <p className="hint no-print">{t("statusTable.hint")}</p>
      <div className="status-filters no-print">
        <ChoiceSelect
          label={t("statusTable.indicatorGroup")}
          value={indGroup}
          onChange={setIndGroup}
          none={t("statusTable.allIndicators", { n: plan.indicators.length })}
          choices={indGroups.map((g) => ({ value: g, label: g }))}
        />
        <GroupSelect
          label={t("statusTable.areaGroup")}
          value={areaGroup}
          onChange={setAreaGroup}
          none={t("statusTable.allGroups")}
          groups={plan.subAreaGroups}
        />
        <ChoiceSelect
          label={t("statusTable.status")}
          value={status}
          onChange={(v) => setStatus(v as Status | "")}
          none={t("statusTable.anyStatus")}
          choices={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <ChoiceSelect
          label={t("statusTable.sort")}
          value={sort.by}
          onChange={(by) => {
            if (by === "plan" || by === "name" || by === "behind") setSort({ by });
          }}
          choices={SORTS.filter((by) => by !== "indicator" || sort.by === "indicator").map((by) => ({
            value: by,
            label: t(`statusTable.sort.${by}`),
          }))}
        />
        <button type="button" className="button" onClick={() => setPrinting(true)}>
          {t("statusTable.print")}
        </button>
      </div>
      <p className="status-legend" aria-label={t("statusTable.legend")}>
        {STATUSES.map((s) => (
          <span key={s} className={`status-chip status-${s}`}>
            <span aria-hidden="true">{ICON[s]}</span> {t(`status.${s}`)}
          </span>
        ))}
      </p>
      <p role="status" className="status-count">
        {t("statusTable.count", { shown: shown.length, all: rows.length, behind: behindCount })}
      </p>
      <div className="status-scroll" ref={scrollBox}>
        <Table
          rowWindow={rowWindow}
          bodyRef={body}
          planId={plan.id}
          rollups={rollups}
          rows={shown}
          columns={columns}
          sortIndicator={sortIndicator}
          ariaSort={ariaSort}
        />
      </div>
      {printing && (
        <div className="status-print">
          {chunk(columns, PRINT_COLUMNS).map((part, i) => (
            <Table key={i} planId={plan.id} rollups={rollups} rows={shown} columns={part} />
          ))}
        </div>
      )}
    </section>
  );
}
