// Status (colour, icon and words), achievement to date and the period the figures reach.
import type { Direction } from "../domain/schema";
import type { IndicatorSummary } from "../domain/summary";
import { useI18n } from "../i18n/I18nProvider";
import { gainText, missingText, planShareText } from "../i18n/figureText";
import { StatusBadge } from "../ui/StatusBadge";
import { periodLong } from "./chartLabels";

export function IndicatorSummaryLine({
  summary,
  coverage,
  direction,
}: {
  summary: IndicatorSummary;
  direction: Direction;
  coverage?: { have: number; of: number } | null;
}) {
  const { t, lang } = useI18n();
  const a = summary.achievement;
  const last = summary.lastPeriod;
  return (
    <div className="summary-line">
      <StatusBadge status={summary.status} />
      {a && (
        <span className="achievement" title={t("fig.planShareTip")}>
          {t("fig.planShareValue", { value: planShareText(a, lang) })}
          {a.estimate && <span className="estimate-mark"> ({t("chart.estimateShort")})</span>}
        </span>
      )}
      {a && a.gain !== null && (
        <span className="achievement-gain" title={t("fig.gainTip")}>
          {t("fig.gainValue", { value: gainText(a, lang) })}
        </span>
      )}
      {a?.wrongSide && <span className="wrong-side">{t(`fig.wrongSide.${direction}`)}</span>}
      {a && missingText(a, t) && <span className="muted">{missingText(a, t)}</span>}
      {last ? (
        <span className="muted">
          {t("chart.dataTo", { period: periodLong({ ...last, isBaseline: false }, t, false).toLowerCase() })}
        </span>
      ) : (
        <span className="muted">{t("chart.noActual")}</span>
      )}
      {(coverage ?? a?.coverage) && (
        <span className="muted">
          {t("chart.coverage", (coverage ?? a?.coverage) as { have: number; of: number })}
        </span>
      )}
    </div>
  );
}
