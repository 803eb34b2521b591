// Charts of a built-in programme (read-only): #/template/<id>/dashboard, /chart/<indicator>, /report,
// /present. Small and eager; the chart code itself is loaded lazily.
import { hrefFor } from "../ui/router";
import { useI18n } from "../i18n/I18nProvider";
import { templateById } from "../templates";
import { RoutedCharts } from "./ChartsBoundary";
import { isChartsViewName } from "./lazy";

export function TemplateCharts({
  templateId,
  view,
  item,
}: {
  templateId: string;
  view: string;
  item: string | null;
}) {
  const { t } = useI18n();
  const plan = templateById(templateId);
  if (!plan || !isChartsViewName(view)) {
    return (
      <section className="panel">
        <h1>{plan ? t("charts.unknownView") : t("notFound")}</h1>
        <a href={hrefFor({ name: "home" })}>{t("goHome")}</a>
      </section>
    );
  }
  return <RoutedCharts plan={plan} view={view} item={item} templateId={templateId} />;
}
