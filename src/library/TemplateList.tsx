// The built-in programmes: title, province, period, legal reference.
import { legalRefLabel, periodLabel, provinceLabel } from "../i18n/labels";
import { hrefFor } from "../ui/router";
import { useI18n } from "../i18n/I18nProvider";
import { TEMPLATES } from "../templates";

export function TemplateList() {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="templates-heading" className="panel">
      <h2 id="templates-heading">{t("builtInProgrammes")}</h2>
      <p className="hint">{t("builtInHint")}</p>
      <table className="data-table template-table">
        <thead>
          <tr>
            <th scope="col">{t("title")}</th>
            <th scope="col">{t("province")}</th>
            <th scope="col">{t("period")}</th>
            <th scope="col">{t("legalRef")}</th>
            <th scope="col">{t("indicators")}</th>
          </tr>
        </thead>
        <tbody>
          {TEMPLATES.map((tpl) => (
            <tr key={tpl.templateId} data-template={tpl.templateId}>
              <td>
                <a href={hrefFor({ name: "template", templateId: tpl.templateId ?? "" })}>{tpl.title}</a>
                {tpl.illustrative && (
                  <span className="illustrative-tag" title={t("illustrativeHint")}>
                    {t("illustrative")}
                  </span>
                )}
                <div className="muted">
                  {t(`doc.${tpl.documentType}`)} · {tpl.issuingBody}
                </div>
              </td>
              <td>{provinceLabel(tpl.province, t)}</td>
              <td className="num">{periodLabel(tpl)}</td>
              <td>{legalRefLabel(tpl, i18n) || t("noValue")}</td>
              <td className="num">{tpl.indicators.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
