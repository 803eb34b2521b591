// The progress report (biểu kết quả thực hiện) for a chosen period, laid out like a provincial
// report: issuing body and national heading, title, legal reference and date; the table grouped as
// in the plan; then one chart per indicator. Printable on A4 (charts.css, @media print).
import { useMemo, useRef, useState } from "react";
import { legalRefLabel } from "../i18n/labels";
import { provinceInfo } from "../domain/provinces";
import type { Indicator, Plan } from "../domain/schema";
import { formatIsoDate } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import { indicatorTitle } from "./chartLabels";
import { IndicatorFigure } from "./IndicatorFigure";
import { defaultReportPeriod, findReportPeriod, reportGroups, reportPeriods } from "./reportData";
import { ReportTable } from "./ReportTable";
import { useInView } from "./useInView";

/** A chart after the table, drawn when scrolled near (or when printing). */
function ReportChart({ plan, ind, today }: { plan: Plan; ind: Indicator; today: string }) {
  const ref = useRef<HTMLElement>(null);
  const seen = useInView(ref);
  return (
    <figure ref={ref} className="report-chart" data-indicator={ind.id}>
      <figcaption>{indicatorTitle(ind)}</figcaption>
      {seen ? (
        <IndicatorFigure
          plan={plan}
          ind={ind}
          mode="cumulative"
          variant="print"
          height={240}
          width={680}
          today={today}
        />
      ) : (
        <div className="chart-placeholder" style={{ height: 240 }} />
      )}
    </figure>
  );
}

export interface ProgressReportProps {
  plan: Plan;
  today: string;
}

function periodText(p: { year: number; half: "H1" | null }, t: ReturnType<typeof useI18n>["t"]): string {
  return p.half ? t("report.periodH1", { year: p.year }) : t("report.periodYear", { year: p.year });
}

export function ProgressReport({ plan, today }: ProgressReportProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [chosen, setChosen] = useState<string | null>(null);
  const period = useMemo(() => findReportPeriod(plan, chosen) ?? defaultReportPeriod(plan), [plan, chosen]);
  const groups = useMemo(() => reportGroups(plan, period), [plan, period]);
  const ref = legalRefLabel(plan, i18n);
  const place = provinceInfo(plan.province)?.name ?? "";
  const [y, m, d] = today.split("-").map(Number);
  // vi: "Trà Vinh, ngày 25 tháng 11 năm 2026"; en: "Trà Vinh, 25 Nov 2026".
  const dateLine = t("report.placeDate", {
    place,
    d: d ?? "",
    m: m ?? "",
    y: y ?? "",
    date: formatIsoDate(today, lang),
  });

  return (
    <article className="report">
      <div className="report-controls no-print">
        <label>
          {t("report.period")}{" "}
          <select value={period.key} onChange={(e) => setChosen(e.target.value)}>
            {reportPeriods(plan).map((p) => (
              <option key={p.key} value={p.key}>
                {periodText(p, t)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t("report.print")}
        </button>
      </div>
      <div className="report-sheet">
        <header className="report-header">
          <div className="report-issuer">{plan.issuingBody}</div>
          <div className="report-nation">
            <div className="report-country">{t("report.country")}</div>
            <div className="report-motto">{t("report.motto")}</div>
            <div className="report-date">{dateLine}</div>
          </div>
        </header>
        <h1 className="report-title">{t("report.title")}</h1>
        <p className="report-plan">
          {plan.title}
          {plan.illustrative && <span className="illustrative-tag">{t("illustrative")}</span>}
        </p>
        <p className="report-period">
          {t("report.period")}: <strong>{periodText(period, t)}</strong>
        </p>
        {ref && <p className="report-ref">{t("report.under", { ref })}</p>}
        <p className="report-legend">
          {t("report.estimateLegend")} {t("report.pctLegend")}
        </p>
        {plan.indicators.length === 0 ? (
          <p>{t("report.noIndicators")}</p>
        ) : (
          <ReportTable groups={groups} period={period} scale={plan.moneyScale} />
        )}
        {plan.indicators.length > 0 && (
          <section className="report-charts">
            <h2>{t("report.charts")}</h2>
            {plan.indicators.map((ind) => (
              <ReportChart key={ind.id} plan={plan} ind={ind} today={today} />
            ))}
          </section>
        )}
      </div>
    </article>
  );
}
