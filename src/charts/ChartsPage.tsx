// The charts of one plan, by view: the dashboard, one indicator's chart, the progress report, or the
// presentation. Takes the plan as a prop and never reads storage: the template routes mount it now,
// the plan page mounts it on stored plans.
import { useEffect, useRef } from "react";
import { safeHref } from "../ui/safeHref";
import type { Plan } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { Dashboard } from "./Dashboard";
import { IndicatorPanel } from "./IndicatorPanel";
import { Presentation } from "./Presentation";
import { ProgressReport } from "./ProgressReport";
import "./charts.css";

export type ChartsView = "dashboard" | "chart" | "report" | "present";
export interface ChartsPageProps {
  plan: Plan;
  view: ChartsView;
  /** The indicator's id for "chart", and the first slide for "present". */
  item: string | null;
  /** Today (YYYY-MM-DD): the date on reports and slides, and what "overdue" is measured against. */
  today: string;
  hrefOf: (view: ChartsView, item?: string) => string;
  /** The plan's own page. */
  backHref: string;
  /** Inside a page that already shows the plan's title and tabs: show only the presentation button. */
  embedded?: boolean;
}

/**
 * Set when a presentation ends: the page shown next (a new ChartsPage, since each view is its own
 * route) gives the keyboard's focus back to its "Present" button, as a dialog returns focus.
 */
let leftPresentation = false;

export default function ChartsPage({ plan, view, item, today, hrefOf, backHref, embedded }: ChartsPageProps) {
  const { t } = useI18n();
  const presentLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (view === "present" || !leftPresentation) return;
    leftPresentation = false;
    presentLink.current?.focus();
  }, [view]);
  if (view === "present") {
    const start = Math.max(
      0,
      plan.indicators.findIndex((i) => i.id === item),
    );
    return (
      <Presentation
        key={plan.id}
        plan={plan}
        today={today}
        start={start}
        onExit={() => {
          leftPresentation = true;
          window.location.hash = hrefOf(item ? "chart" : "dashboard", item ?? undefined);
        }}
      />
    );
  }
  const tab = (v: ChartsView, key: "charts.dashboard" | "charts.report") => (
    <a
      href={safeHref(hrefOf(v))}
      aria-current={view === v || (v === "dashboard" && view === "chart") ? "page" : undefined}
    >
      {t(key)}
    </a>
  );
  return (
    <div className="charts-page">
      <div className={embedded ? "charts-top embedded no-print" : "charts-top no-print"}>
        {!embedded && (
          <a className="back-link" href={safeHref(backHref)}>
            ← {t("charts.planPage")}
          </a>
        )}
        <nav className="charts-nav" aria-label={t("charts.nav")}>
          {!embedded && tab("dashboard", "charts.dashboard")}
          {!embedded && tab("report", "charts.report")}
          <a
            ref={presentLink}
            className="button primary"
            href={safeHref(hrefOf("present", view === "chart" && item ? item : undefined))}
          >
            ▶ {t("charts.present")}
          </a>
        </nav>
      </div>
      {!embedded && (
        <h1 className="charts-plan-title">
          {plan.title}
          {plan.illustrative && <span className="illustrative-tag">{t("illustrative")}</span>}
        </h1>
      )}
      {view === "dashboard" && (
        <Dashboard plan={plan} today={today} chartHref={(id) => hrefOf("chart", id)} />
      )}
      {view === "chart" && (
        <>
          <a className="back-link no-print" href={safeHref(hrefOf("dashboard"))}>
            ← {t("chart.backToDashboard")}
          </a>
          <IndicatorPanel plan={plan} indicatorId={item ?? ""} today={today} />
        </>
      )}
      {view === "report" && <ProgressReport plan={plan} today={today} />}
    </div>
  );
}
