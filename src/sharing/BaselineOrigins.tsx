// Where each baseline came from: the note on the baseline cell, which "start the next programme"
// writes ("Năm gốc lấy từ số thực hiện năm 2025 (ước) của …"), shown as a small table on the
// details tab so that the planner sees the origin of every baseline before setting new targets.
import type { Plan } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { formatValue } from "../i18n/targets";

export function BaselineOrigins({ plan }: { plan: Plan }) {
  const { t, lang } = useI18n();
  const areaName = (id: string) =>
    id === "all" ? t("export.wholePlan") : (plan.subAreas.find((a) => a.id === id)?.name ?? id);
  const rows = plan.indicators.flatMap((ind) =>
    Object.entries(ind.series).flatMap(([area, s]) =>
      s.notes.baseline ? [{ ind, area, baseline: s.baseline, note: s.notes.baseline }] : [],
    ),
  );
  if (rows.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="origin-heading">
      <h2 id="origin-heading">{t("share.originHeading")}</h2>
      <table className="data-table baseline-origins">
        <thead>
          <tr>
            <th scope="col">{t("code")}</th>
            <th scope="col">{t("name")}</th>
            {plan.subAreas.length > 0 && <th scope="col">{t("export.col.area")}</th>}
            <th scope="col" className="num">
              {t("export.col.baseline")}
            </th>
            <th scope="col">{t("share.origin")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.ind.id}:${r.area}`}>
              <td className="num">{r.ind.code}</td>
              <td>{r.ind.name}</td>
              {plan.subAreas.length > 0 && <td>{areaName(r.area)}</td>}
              <td className="num">
                {r.baseline === null
                  ? t("noValue")
                  : formatValue(r.baseline, { lang, unit: r.ind.unit, scale: plan.moneyScale })}
              </td>
              <td className="muted">{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
