// All indicators as small charts, each with its status and achievement; filters by group, status
// and agency; overdue tasks listed. Charts off screen are drawn when scrolled into view.
import { useMemo, useState } from "react";
import type { Plan } from "../domain/schema";
import { STATUSES, type Status } from "../domain/status";
import { formatIsoDate } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import { StatusBadge } from "../ui/StatusBadge";
import {
  agenciesOf,
  type DashboardFilter,
  dashboardTiles,
  filterTiles,
  groupsOf,
  NO_FILTER,
  statusCounts,
} from "./dashboardData";
import { DashboardTile } from "./DashboardTile";
import { OverdueTasks } from "./OverdueTasks";
import { statusLabel } from "../i18n/labels";

export interface DashboardProps {
  plan: Plan;
  today: string;
  /** Where a tile links to (the indicator's chart); none when null. */
  chartHref?: (indicatorId: string) => string;
}

export function Dashboard({ plan, today, chartHref }: DashboardProps) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState<DashboardFilter>(NO_FILTER);
  const tiles = useMemo(() => dashboardTiles(plan), [plan]);
  const groups = useMemo(() => groupsOf(plan), [plan]);
  const agencies = useMemo(() => agenciesOf(plan), [plan]);
  const counts = useMemo(() => statusCounts(tiles), [tiles]);
  const shown = filterTiles(tiles, filter);
  const set = (patch: Partial<DashboardFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <div className="dashboard">
      <div className="dashboard-head">
        <h2>{t("dash.title")}</h2>
        <span className="muted">{t("dash.asOf", { date: formatIsoDate(today, lang) })}</span>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          {t("dash.print")}
        </button>
      </div>
      <ul className="status-counts" aria-label={t("status")}>
        {STATUSES.map((s) => (
          <li key={s}>
            <StatusBadge status={s} /> <strong>{counts[s]}</strong>
          </li>
        ))}
      </ul>
      {plan.tasks.length > 0 && <OverdueTasks tasks={plan.tasks} today={today} />}
      <fieldset className="filters no-print">
        <legend>{t("dash.filters")}</legend>
        {groups.length > 1 && (
          <label>
            {t("group")}
            <select value={filter.group ?? ""} onChange={(e) => set({ group: e.target.value || null })}>
              <option value="">{t("dash.all")}</option>
              {groups.map((g) => (
                <option key={g} value={g}>
                  {g || t("noValue")}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t("status")}
          <select
            value={filter.status ?? ""}
            onChange={(e) => set({ status: (e.target.value || null) as Status | null })}
          >
            <option value="">{t("dash.all")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s, t)} ({counts[s]})
              </option>
            ))}
          </select>
        </label>
        {agencies.length > 0 && (
          <label>
            {t("agency")}
            <select value={filter.agency ?? ""} onChange={(e) => set({ agency: e.target.value || null })}>
              <option value="">{t("dash.all")}</option>
              {agencies.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="muted" aria-live="polite">
          {t("dash.showing", { n: shown.length, total: tiles.length })}
        </span>
        {(filter.group !== null || filter.status !== null || filter.agency !== null) && (
          <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
            {t("dash.clearFilters")}
          </button>
        )}
      </fieldset>
      {shown.length === 0 ? (
        <p className="panel">{t("dash.noMatch")}</p>
      ) : (
        <div className="tiles">
          {shown.map((tile) => (
            <DashboardTile
              key={tile.ind.id}
              plan={plan}
              tile={tile}
              href={chartHref ? chartHref(tile.ind.id) : null}
            />
          ))}
        </div>
      )}
    </div>
  );
}
