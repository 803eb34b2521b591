// The sub-areas compared for one indicator: achievement per sub-area up to the end of a chosen
// period, highest first, as labelled bars (the number is always written beside the bar).
import { useMemo, useState } from "react";
import type { Indicator, Plan } from "../domain/schema";
import { reportingPeriods } from "../domain/periods";
import { useI18n } from "../i18n/I18nProvider";
import { formatRatio } from "../i18n/numbers";
import { StatusBadge } from "../ui/StatusBadge";
import { periodLong } from "./chartLabels";
import { compareSubAreas, latestPeriodWithActual } from "./subAreaComparison";

export function SubAreaComparison({ plan, ind }: { plan: Plan; ind: Indicator }) {
  const { t, lang } = useI18n();
  const periods = useMemo(() => reportingPeriods(plan), [plan]);
  const [chosen, setChosen] = useState<string | null>(null);
  const fallback = useMemo(() => latestPeriodWithActual(plan, ind), [plan, ind]);
  const periodKey = chosen && periods.some((p) => p.key === chosen) ? chosen : fallback;
  const rows = useMemo(
    () => (periodKey ? compareSubAreas(plan, ind, periodKey) : []),
    [plan, ind, periodKey],
  );
  if (plan.subAreas.length === 0 || !periodKey) return null;
  const max = Math.max(1.2, ...rows.map((r) => r.ratio ?? 0));
  const id = `areas-${ind.id}`;
  return (
    <section className="sub-areas" aria-labelledby={id}>
      <h3 id={id}>{t("areas.title")}</h3>
      <label className="field-inline">
        {t("areas.period")}{" "}
        <select value={periodKey} onChange={(e) => setChosen(e.target.value)}>
          {periods.map((p) => (
            <option key={p.key} value={p.key}>
              {periodLong({ ...p, isBaseline: false }, t, false)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t("areas.hint")}</p>
      <table className="area-bars">
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t("areas.area")}</th>
            <th scope="col">{t("col.achievement")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.areaId} data-area={r.areaId}>
              <th scope="row">{r.name}</th>
              <td className="bar-cell">
                <span className="bar-track">
                  {r.ratio !== null && (
                    <span
                      className={`bar-fill status-fill-${r.status}`}
                      style={{ width: `${(Math.max(0, r.ratio) / max) * 100}%` }}
                    />
                  )}
                  <span className="bar-100" style={{ left: `${(1 / max) * 100}%` }} aria-hidden="true" />
                </span>
                <span className="bar-value">
                  {r.ratio === null ? t("noValue") : formatRatio(r.ratio, lang)}
                  {r.estimate && <span className="estimate-mark"> ({t("chart.estimateShort")})</span>}
                </span>
              </td>
              <td>
                <StatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
