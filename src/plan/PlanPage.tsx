// A stored plan: heading, undo/redo, the tab bar (only tabs whose content exists) and the chosen
// view. Everything inside reads and edits the plan through usePlanEditor().
import { usePlanEditor } from "../app/planEditor";
import { hrefFor } from "../app/router";
import { useI18n } from "../i18n/I18nProvider";
import { restorePlan } from "../storage/library";
import { PlanEditorProvider, type NotReady } from "../storage/PlanEditorProvider";
import { EditToolbar } from "./EditToolbar";
import { PlanHeading } from "./PlanHeading";
import { PLAN_VIEWS } from "./planViews";

export function PlanPage({ planId, view }: { planId: string; view: string | null }) {
  return (
    <PlanEditorProvider planId={planId} fallback={(status) => <NotShown planId={planId} status={status} />}>
      <PlanBody view={view} />
    </PlanEditorProvider>
  );
}

function PlanBody({ view }: { view: string | null }) {
  const { plan } = usePlanEditor();
  const { t } = useI18n();
  const active = PLAN_VIEWS.find((v) => v.id === view) ?? (PLAN_VIEWS[0] as (typeof PLAN_VIEWS)[number]);
  const Active = active.Component;
  return (
    <article className="plan-page" data-plan={plan.id}>
      <a className="back-link" href={hrefFor({ name: "home" })}>
        ← {t("back")}
      </a>
      <PlanHeading plan={plan} />
      <EditToolbar />
      {PLAN_VIEWS.length > 1 && (
        <nav className="tab-bar" aria-label={t("plan.views")}>
          {PLAN_VIEWS.map((v) => (
            <a
              key={v.id}
              className="tab"
              href={hrefFor({ name: "plan", planId: plan.id, view: v.id })}
              aria-current={v.id === active.id ? "page" : undefined}
            >
              {t(v.label)}
            </a>
          ))}
        </nav>
      )}
      <Active />
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
