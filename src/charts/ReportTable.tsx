// The table of the progress report: indicator, unit, plan for the year, actual for the half-year
// or year (estimate or final), đạt % KH, assessment and note, grouped as in the plan.
import { Fragment } from "react";
import { type MoneyScale, type Unit, WHOLE_UNITS } from "../domain/schema";
import type { Band } from "../domain/targets";
import { useI18n } from "../i18n/I18nProvider";
import { gainText, missingText, planShareText } from "../i18n/figureText";
import type { Lang } from "../i18n/numbers";
import { formatBand } from "../i18n/targets";
import { StatusBadge } from "../ui/StatusBadge";
import type { ReportGroup, ReportPeriod } from "./reportData";
import { unitName } from "../i18n/unitLabel";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
function bandText(b: Band | null, unit: Unit, scale: MoneyScale, lang: Lang, none: string): string {
  if (!b) return none;
  // Whole units (HTX, people) are shown whole; the path between them may fall between numbers.
  // formatBand writes the bound ("≥ 60", "khoảng 20–30") itself.
  return formatBand(b, {
    lang,
    unit,
    scale,
    maxFraction: WHOLE_UNITS.has(unit) && unit !== "dong" ? 0 : 1,
  });
}

export function ReportTable({
  groups,
  period,
  scale,
}: {
  groups: readonly ReportGroup[];
  period: ReportPeriod;
  scale: MoneyScale;
}) {
  const { t, lang } = useI18n();
  const half = period.half === "H1";
  const cols = half ? 10 : 9;
  const none = t("noValue");
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th scope="col">{t("report.no")}</th>
          <th scope="col">{t("report.indicator")}</th>
          <th scope="col">{t("report.unit")}</th>
          <th scope="col">{t("report.yearPlan", { year: period.year })}</th>
          {half && <th scope="col">{t("report.halfPlan")}</th>}
          <th scope="col">{t(half ? "report.actualH1" : "report.actualYear", { year: period.year })}</th>
          <th scope="col" title={t("fig.planShareTip")}>
            {t("report.achievement")}
          </th>
          <th scope="col" title={t("fig.gainTip")}>
            {t("fig.gain")}
          </th>
          <th scope="col">{t("report.status")}</th>
          <th scope="col">{t("report.note")}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g, gi) => (
          <Fragment key={g.group || `group-${gi}`}>
            {(g.group || groups.length > 1) && (
              <tr className="report-group">
                <th scope="rowgroup" colSpan={cols}>
                  {ROMAN[gi] ?? gi + 1}. {g.group || none}
                </th>
              </tr>
            )}
            {g.rows.map((r) => {
              const o = { lang, unit: r.ind.unit, scale, maxFraction: 1 };
              return (
                <tr key={r.ind.id} data-indicator={r.ind.id}>
                  <td className="num">{r.ind.code}</td>
                  <td className="report-name">{r.ind.name}</td>
                  <td>{unitName(r.ind.unit, scale, t)}</td>
                  <td className="num">{bandText(r.yearPlan, r.ind.unit, scale, lang, none)}</td>
                  {half && <td className="num">{bandText(r.halfPlan, r.ind.unit, scale, lang, none)}</td>}
                  <td className="num cell-actual">
                    {r.actual ? (
                      <>
                        {formatBand({ lo: r.actual.value, hi: r.actual.value, bound: "exact" }, o)}
                        {r.actual.estimate && (
                          <span className="estimate-mark"> ({t("chart.estimateShort")})</span>
                        )}
                      </>
                    ) : (
                      none
                    )}
                  </td>
                  <td className="num cell-planShare">
                    {r.achievement ? planShareText(r.achievement, lang) : none}
                  </td>
                  <td className="num cell-gain">{r.achievement ? gainText(r.achievement, lang) : ""}</td>
                  <td>{r.actual && !r.achievement ? none : <StatusBadge status={r.status} />}</td>
                  <td className="report-note">
                    {[
                      ...r.notes,
                      ...(r.coverage ? [t("chart.coverage", r.coverage)] : []),
                      ...(r.achievement?.wrongSide ? [t(`fig.wrongSide.${r.ind.direction}`)] : []),
                      ...(r.achievement && missingText(r.achievement, t)
                        ? [missingText(r.achievement, t)]
                        : []),
                      ...(r.actual && !r.achievement ? [t("report.noPercent")] : []),
                    ].join("; ")}
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
