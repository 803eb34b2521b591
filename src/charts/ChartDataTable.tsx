// The figures behind a chart, as a table (for screen readers, and for a planner who wants numbers).
import { useI18n } from "../i18n/I18nProvider";
import type { ChartModel } from "./chartData";
import { num, periodLong } from "./chartLabels";

export function ChartDataTable({ model }: { model: ChartModel }) {
  const { t, lang } = useI18n();
  const pct = model.unit === "percent" ? "%" : "";
  const v = (x: number | null) => (x === null ? t("noValue") : `${num(x, lang)}${pct}`);
  return (
    <details className="chart-data">
      <summary>{t("chart.dataTable")}</summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("chart.colPeriod")}</th>
            <th scope="col" className="num">
              {t("chart.plan")}
            </th>
            <th scope="col" className="num">
              {t("chart.actual")}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.key} data-period={r.key}>
              <th scope="row">{periodLong(r, t, model.mode === "perPeriod")}</th>
              <td className="num cell-plan">
                {r.planBand ? `${v(r.planBand[0])}–${v(r.planBand[1])}` : v(r.plan)}
              </td>
              <td className="num cell-actual">
                {v(r.actual)}
                {r.estimate && <span className="estimate-mark"> ({t("chart.estimateShort")})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
