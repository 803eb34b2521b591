// The facts of a plan at the top of its page; `compact` (above the grid and the task sheet, which
// need the height): the title and the facts on one line each.
import { legalRefLabel, periodLabel, provinceLabel } from "../i18n/labels";
import type { Plan } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";

export function PlanHeading({ plan, compact = false }: { plan: Plan; compact?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const ref = legalRefLabel(plan, i18n);
  if (compact) {
    const reporting = plan.reporting === "halfYearly" ? t("reportingHalfYearly") : t("reportingYearly");
    const facts = [provinceLabel(plan.province, t), periodLabel(plan), ref, plan.issuingBody, reporting];
    return (
      <div className="plan-heading compact">
        <h1 title={plan.title}>
          {plan.title}
          {plan.illustrative && (
            <span className="illustrative-tag" title={t("illustrativeHint")}>
              {t("illustrative")}
            </span>
          )}
        </h1>
        <p className="facts-line">{facts.filter(Boolean).join(" · ")}</p>
      </div>
    );
  }
  return (
    <div className="plan-heading">
      <h1>
        {plan.title}
        {plan.illustrative && (
          <span className="illustrative-tag" title={t("illustrativeHint")}>
            {t("illustrative")}
          </span>
        )}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t("province")}</dt>
          <dd>{provinceLabel(plan.province, t)}</dd>
        </div>
        <div>
          <dt>{t("period")}</dt>
          <dd>{periodLabel(plan)}</dd>
        </div>
        <div>
          <dt>{t("legalRef")}</dt>
          <dd>{ref || t("noValue")}</dd>
        </div>
        <div>
          <dt>{t("issuingBody")}</dt>
          <dd>{plan.issuingBody || t("noValue")}</dd>
        </div>
        <div>
          <dt>{t("reporting")}</dt>
          <dd>{plan.reporting === "halfYearly" ? t("reportingHalfYearly") : t("reportingYearly")}</dd>
        </div>
      </dl>
      {plan.notes && <p className="plan-notes">{plan.notes}</p>}
    </div>
  );
}
