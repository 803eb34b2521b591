import { lazy, Suspense, useEffect } from "react";
import { useFocusAfterNavigation } from "./focusAfterNavigation";
import { Header } from "./Header";
import { PageErrorBoundary } from "./PageError";
import { hrefFor, type Route, useRoute } from "../ui/router";
import { StorageBanner } from "./StorageBanner";
import { UpdateBanner } from "./UpdateBanner";
import { I18nProvider, useI18n } from "../i18n/I18nProvider";
import { LibraryPage } from "../library/LibraryPage";
import { TemplatePage } from "../plan/TemplatePage";
import { keepUnsavedWrites, unsavedWrites, useSaveState } from "../bindings/hooks";
import { startStorage } from "../storage/startup";
import { TEMPLATES } from "../templates";
import { TemplateCharts } from "../charts/TemplateCharts";
import { ImportCenter } from "../sharing/ImportCenter";
import "../charts/bundledFont.css";

// A stored plan's page loads when first opened, not with the library's first visit (budget.spec.ts).
const PlanPage = lazy(() => import("../plan/PlanPage").then((m) => ({ default: m.PlanPage })));

/** A page is the screen of one plan or template, or the library: its error boundary follows it. */
function pageKey(route: Route): string {
  return route.name === "plan"
    ? `plan:${route.planId}`
    : route.name === "template"
      ? `template:${route.templateId}`
      : route.name;
}

function Screen({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route.name) {
    case "home":
      return <LibraryPage />;
    case "template":
      return route.view ? (
        <TemplateCharts templateId={route.templateId} view={route.view} item={route.item ?? null} />
      ) : (
        <TemplatePage templateId={route.templateId} />
      );
    case "plan":
      return (
        <Suspense fallback={<p className="hint">{t("loading")}</p>}>
          <PlanPage key={route.planId} planId={route.planId} view={route.view} item={route.item ?? null} />
        </Suspense>
      );
    case "notFound":
      return (
        <section className="panel">
          <h1>{t("pageNotFound")}</h1>
          <a href={hrefFor({ name: "home" })}>{t("goHome")}</a>
        </section>
      );
  }
}

/** A new version waits: it is applied only when every edit is saved. */
function NewVersionBanner() {
  const save = useSaveState();
  return <UpdateBanner allSaved={save.state === "saved" && unsavedWrites() === 0} />;
}

function Shell() {
  const route = useRoute();
  useFocusAfterNavigation(hrefFor(route));
  return (
    /* Import (picker, drop anywhere, files opened by the installed app) works on every screen. */
    <ImportCenter>
      {/* Sticky, so that "not saved" and "reload" messages stay in view however far one scrolls. */}
      <div className="top-bar">
        <Header />
        <StorageBanner />
        <NewVersionBanner />
      </div>
      <main id="main" tabIndex={-1}>
        <PageErrorBoundary key={pageKey(route)}>
          <Screen route={route} />
        </PageErrorBoundary>
      </main>
    </ImportCenter>
  );
}

export function App() {
  useEffect(() => {
    void startStorage(TEMPLATES);
    // Writes still waiting are kept for the next start; only those that cannot be kept (the
    // browser's storage is full or off) make the page ask before it goes.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (unsavedWrites() > 0 && !keepUnsavedWrites()) e.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);
  return (
    <I18nProvider>
      <Shell />
    </I18nProvider>
  );
}
