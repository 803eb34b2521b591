// Status (colour, icon and words), achievement to date and the period the figures reach.
import type { IndicatorSummary } from "../domain/summary";
import { useI18n } from "../i18n/I18nProvider";
import { formatRatio } from "../i18n/numbers";
import { StatusBadge } from "../ui/StatusBadge";
import { periodLong } from "./chartLabels";

export function IndicatorSummaryLine({
  summary,
  coverage,
}: {
  summary: IndicatorSummary;
  coverage?: { have: number; of: number } | null;
}) {
  const { t, lang } = useI18n();
  const a = summary.achievement;
  const last = summary.lastPeriod;
  return (
    <div className="summary-line">
      <StatusBadge status={summary.status} />
      {a && (
        <span className="achievement">
          {t("chart.achievement", { value: formatRatio(a.ratio, lang) })}
          {a.estimate && <span className="estimate-mark"> ({t("chart.estimateShort")})</span>}
        </span>
      )}
      {last ? (
        <span className="muted">
          {t("chart.dataTo", { period: periodLong({ ...last, isBaseline: false }, t, false).toLowerCase() })}
        </span>
      ) : (
        <span className="muted">{t("chart.noActual")}</span>
      )}
      {coverage && <span className="muted">{t("chart.coverage", coverage)}</span>}
    </div>
  );
}
