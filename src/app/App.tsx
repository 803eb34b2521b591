import { Header } from "./Header";
import { hrefFor, useRoute } from "./router";
import { I18nProvider, useI18n } from "../i18n/I18nProvider";
import { TemplateList } from "../library/TemplateList";
import { TemplatePage } from "../plan/TemplatePage";
import { TemplateCharts } from "../charts/TemplateCharts";
import "../charts/bundledFont.css";

function Screen() {
  const route = useRoute();
  const { t } = useI18n();
  switch (route.name) {
    case "home":
      return <TemplateList />;
    case "template":
      return route.view ? (
        <TemplateCharts templateId={route.templateId} view={route.view} item={route.item ?? null} />
      ) : (
        <TemplatePage templateId={route.templateId} />
      );
    case "plan":
    case "notFound":
      return (
        <section className="panel">
          <h1>{t("pageNotFound")}</h1>
          <a href={hrefFor({ name: "home" })}>{t("goHome")}</a>
        </section>
      );
  }
}

export function App() {
  return (
    <I18nProvider>
      <Header />
      <main id="main" tabIndex={-1}>
        <Screen />
      </main>
    </I18nProvider>
  );
}
