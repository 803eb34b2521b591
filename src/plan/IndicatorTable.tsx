// A plan's indicators, read-only, grouped as in the plan, with derived figures where actuals exist:
// programme target, cumulative plan to date, actual to date, đạt % KH and status.
import { Fragment } from "react";
import type { Indicator, Plan } from "../domain/schema";
import { indicatorFigures } from "../domain/rollup";
import { summarise } from "../domain/summary";
import { useI18n } from "../i18n/I18nProvider";
import { planShareText } from "../i18n/figureText";
import { formatBand, formatTarget, formatValue } from "../i18n/targets";
import { StatusBadge } from "../ui/StatusBadge";
import { unitLabel } from "../i18n/unitLabel";
import { KIND_RULES } from "../domain/kindRules";

function groupsOf(indicators: readonly Indicator[]): [string, Indicator[]][] {
  const groups = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    const list = groups.get(ind.group) ?? [];
    list.push(ind);
    groups.set(ind.group, list);
  }
  return [...groups];
}

/** `area`: one sub-area's figures; omitted: the whole plan (rolled up from sub-areas when it has any). */
export function IndicatorTable({ plan, area }: { plan: Plan; area?: string | undefined }) {
  const { t, lang } = useI18n();
  const rows = groupsOf(plan.indicators);
  return (
    <table className="data-table indicator-table">
      <caption className="visually-hidden">{t("indicators")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("code")}</th>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("unit")}</th>
          <th scope="col">{t("target")}</th>
          <th scope="col">{t("kind")}</th>
          <th scope="col">{t("col.toDate")}</th>
          <th scope="col">{t("col.achievement")}</th>
          <th scope="col">{t("status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([group, inds]) => (
          <Fragment key={group}>
            {group && (
              <tr className="group-row">
                <th scope="rowgroup" colSpan={8}>
                  {group}
                </th>
              </tr>
            )}
            {inds.map((ind) => {
              const f = indicatorFigures(plan, ind, area);
              const s = summarise(f);
              const o = { lang, unit: ind.unit, scale: plan.moneyScale };
              const whole = area ? ind.series[area] : plan.subAreas.length === 0 ? ind.series.all : undefined;
              const target = whole?.total
                ? formatTarget(whole.total, o)
                : f?.target
                  ? formatBand(f.target, o)
                  : "";
              const last = f && f.lastIndex >= 0 ? f.points[f.lastIndex] : undefined;
              const actual = KIND_RULES[ind.kind].cumulative ? last?.cumActual : last?.actual;
              return (
                <tr key={ind.id}>
                  <td className="num">{ind.code}</td>
                  <td>
                    <div className="ind-name">{ind.name}</div>
                    {ind.source && <div className="ind-source">{ind.source}</div>}
                  </td>
                  <td>{unitLabel(ind, plan.moneyScale, t)}</td>
                  <td className="num">{target || t("noValue")}</td>
                  <td>{t(`kind.${ind.kind}`)}</td>
                  <td className="num">
                    {actual ? (
                      <>
                        {formatValue(actual.value, o)}
                        {actual.estimate && <span className="estimate-mark"> ({t("actual.estimate")})</span>}
                        <div className="period-note">{s.lastPeriod?.key}</div>
                      </>
                    ) : (
                      t("noValue")
                    )}
                  </td>
                  <td className="num">
                    {s.achievement ? planShareText(s.achievement, lang) : t("noValue")}
                    {s.achievement?.estimate && (
                      <span className="estimate-mark"> ({t("actual.estimate")})</span>
                    )}
                  </td>
                  <td>
                    <StatusBadge status={s.status} />
                  </td>
                </tr>
              );
            })}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
