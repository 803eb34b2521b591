// A stored plan: heading, undo/redo, the tab bar (only tabs whose content exists) and the chosen
// view. Everything inside reads and edits the plan through usePlanEditor().
import { usePlanEditor } from "../bindings/planEditor";
import { hrefFor } from "../ui/router";
import { useI18n } from "../i18n/I18nProvider";
import { restorePlan } from "../storage/library";
import { PlanEditorProvider, type NotReady } from "../bindings/PlanEditorProvider";
import { PendingImportNotice } from "../sharing/spreadsheet/PendingImportNotice";
import { EditToolbar } from "./EditToolbar";
import { PlanHeading } from "./PlanHeading";
import { PLAN_VIEWS } from "./planViews";
import "../i18n/featureMessages";

export function PlanPage({
  planId,
  view,
  item,
}: {
  planId: string;
  view: string | null;
  item: string | null;
}) {
  return (
    <PlanEditorProvider planId={planId} fallback={(status) => <NotShown planId={planId} status={status} />}>
      <PlanBody view={view} item={item} />
    </PlanEditorProvider>
  );
}

function PlanBody({ view, item }: { view: string | null; item: string | null }) {
  const { plan } = usePlanEditor();
  const { t } = useI18n();
  const active = PLAN_VIEWS.find((v) => v.id === view) ?? (PLAN_VIEWS[0] as (typeof PLAN_VIEWS)[number]);
  const Active = active.Component;
  const tabs = PLAN_VIEWS.filter((v) => !v.hidden);
  const activeTab = active.hidden?.tab ?? active.id;
  const sheet = Boolean(active.sheet);
  return (
    <article className={sheet ? "plan-page sheet-view" : "plan-page"} data-plan={plan.id}>
      <a className="back-link" href={hrefFor({ name: "home" })}>
        ← {t("back")}
      </a>
      {/* The report prints its own header; the page's heading, buttons and tabs are not printed. */}
      <div className={active.id === "report" ? "no-print" : undefined}>
        <PlanHeading plan={plan} compact={!active.facts} />
      </div>
      <PendingImportNotice />
      {/* Undo and redo beside the tabs (a sheet has its own). */}
      <div className="tab-row no-print">
        {tabs.length > 1 && (
          <nav className="tab-bar" aria-label={t("plan.views")}>
            {tabs.map((v) => (
              <a
                key={v.id}
                className="tab"
                href={hrefFor({ name: "plan", planId: plan.id, view: v.id })}
                aria-current={v.id === activeTab ? "page" : undefined}
              >
                {t(v.label)}
              </a>
            ))}
          </nav>
        )}
        {!sheet && <EditToolbar />}
      </div>
      <Active item={item} />
    </article>
  );
}

function NotShown({ planId, status }: { planId: string; status: NotReady }) {
  const { t } = useI18n();
  if (status === "loading") return <p className="hint">{t("plan.loading")}</p>;
  return (
    <section className="panel" role={status === "failed" ? "alert" : undefined}>
      <h1>
        {status === "deleted" ? t("plan.deleted") : status === "failed" ? t("plan.failed") : t("notFound")}
      </h1>
      {status === "missing" && <p>{t("plan.missing")}</p>}
      {status === "deleted" && (
        <button type="button" className="button primary" onClick={() => void restorePlan(planId)}>
          {t("trash.restore")}
        </button>
      )}{" "}
      <a href={hrefFor({ name: "home" })}>{t("goHome")}</a>
    </section>
  );
}
