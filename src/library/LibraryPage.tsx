// The start screen: the plans kept on this machine (search, sort, new, rename, duplicate, delete
// with undo, trash), where they are stored, and the read-only built-in programmes.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { navigate } from "../ui/router";
import type { Plan } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { problemOf } from "../ui/commitField";
import { useLibraryState, usePlanList } from "../bindings/hooks";
import {
  createPlan,
  deletePlan,
  duplicatePlan,
  purgePlan,
  renamePlan,
  restorePlan,
  type PlanSummary,
} from "../storage/library";
import { NewPlanDialog } from "./NewPlanDialog";
import { searchPlans, SORT_KEYS, sortPlans, type SortKey } from "./planSearch";
import { PlanTable, type PlanActions } from "./PlanTable";
import { StorageInfo } from "./StorageInfo";
import { TemplateList } from "./TemplateList";
import { Trash } from "./Trash";
import { type DismissReason, UndoToast, type Toast } from "./UndoToast";
import { BackupReminder } from "../sharing/BackupReminder";
import { CombinePanel } from "../sharing/lazy";
import { exportBackup, exportStoredPlan } from "../sharing/exportFiles";
import { LibrarySharingBar } from "../sharing/LibrarySharingBar";

let toastIds = 0;

export function LibraryPage() {
  const { t } = useI18n();
  const state = useLibraryState();
  const all = usePlanList(state === "ready");
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<SortKey>("updated");
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const [toast, setToast] = useState<Toast | null>(null);
  const [combining, setCombining] = useState(false);
  // Where the keyboard's focus goes once the notice closes: the plan brought back by "undo", or
  // else the library's heading (the row that had the focus was deleted).
  const focusPlan = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const dismiss = useCallback((reason: DismissReason) => {
    const hadFocus = document.activeElement?.closest(".toast") !== null;
    setToast(null);
    if (reason === "user" && hadFocus && focusPlan.current === null) heading.current?.focus();
  }, []);
  const show = (message: string, action?: Toast["action"]) => setToast({ id: ++toastIds, message, action });

  const live = useMemo(() => (all ?? []).filter((p) => !p.deletedAt), [all]);
  const trash = useMemo(
    () =>
      (all ?? [])
        .filter((p) => p.deletedAt)
        .sort((a, b) => ((a.deletedAt ?? "") < (b.deletedAt ?? "") ? 1 : -1)),
    [all],
  );
  const shown = useMemo(() => sortPlans(searchPlans(live, query), sort), [live, query, sort]);
  useEffect(() => {
    const id = focusPlan.current;
    if (id === null || !shown.some((p) => p.id === id)) return;
    focusPlan.current = null;
    document.querySelector<HTMLElement>(`tr[data-plan="${CSS.escape(id)}"] a.plan-link`)?.focus();
  }, [shown]);

  const actions: PlanActions = {
    rename: async (plan, title) => {
      if (title.trim() === "") return { key: "field.required" };
      const r = await renamePlan(plan.id, title.trim());
      if (r.ok) return null;
      return r.error.kind === "refused" ? problemOf(r.error.problem) : { key: "notFound" };
    },
    duplicate: async (plan) => {
      const r = await duplicatePlan(plan.id, t("library.copyTitle", { title: plan.title }));
      if (r.ok) show(t("library.duplicated", { title: r.value.title }));
    },
    exportFile: async (plan) => {
      const name = await exportStoredPlan(plan.id);
      if (name) show(t("share.exported", { name }));
    },
    remove: async (plan) => {
      const r = await deletePlan(plan.id);
      if (r.ok) {
        show(t("library.deleted", { title: plan.title }), {
          label: t("undo"),
          run: () => {
            focusPlan.current = plan.id;
            void restorePlan(plan.id);
          },
        });
      }
    },
  };

  const create = async (from: Plan | null) => {
    setBusy(true);
    const r = await createPlan(from);
    setBusy(false);
    setCreating(false);
    if (r.ok) navigate({ name: "plan", planId: r.value.id, view: null });
  };

  const backup = async () => (await exportBackup()).count;

  return (
    <>
      {state === "ready" && all && <BackupReminder plans={live} onBackup={() => void backup()} />}
      {combining && <CombinePanel plans={live} onClose={() => setCombining(false)} />}
      <section className="panel library" aria-labelledby="library-heading">
        <div className="library-top">
          <div>
            <h1 id="library-heading" ref={heading} tabIndex={-1}>
              {t("library.heading")}
            </h1>
            <p className="hint">
              {t("library.hint")}{" "}
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  document.getElementById("templates-heading")?.scrollIntoView({ block: "start" })
                }
              >
                {t("library.templatesLink")}
              </button>
            </p>
          </div>
          <button
            type="button"
            className="button primary"
            disabled={state !== "ready"}
            onClick={() => setCreating(true)}
          >
            + {t("library.newPlan")}
          </button>
        </div>
        {state !== "ready" || !all ? (
          <p className="hint">{state === "failed" ? null : t("library.opening")}</p>
        ) : (
          <>
            <LibrarySharingBar onBackup={backup} onCombine={() => setCombining(true)} />
            <div className="library-tools">
              <label className="field inline">
                <span>{t("library.search")}</span>
                <input
                  type="search"
                  className="text-input"
                  value={query}
                  placeholder={t("library.searchPlaceholder")}
                  onChange={(e) => setQuery(e.target.value)}
                />
              </label>
              <label className="field inline">
                <span>{t("library.sortBy")}</span>
                <select className="select" value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
                  {SORT_KEYS.map((k) => (
                    <option key={k} value={k}>
                      {t(`sort.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <span className="muted">{t("library.count", { n: shown.length })}</span>
            </div>
            {live.length === 0 ? (
              <p className="empty">{t("library.empty")}</p>
            ) : shown.length === 0 ? (
              <p className="empty">{t("library.noMatch", { q: query })}</p>
            ) : (
              <PlanTable plans={shown} actions={actions} />
            )}
            <Trash
              plans={trash}
              onRestore={(p: PlanSummary) => void restorePlan(p.id)}
              onPurge={(p: PlanSummary) => void purgePlan(p.id)}
            />
          </>
        )}
      </section>
      <NewPlanDialog open={creating} busy={busy} onClose={() => setCreating(false)} onCreate={create} />
      <UndoToast toast={toast} onDismiss={dismiss} />
      <TemplateList />
      <StorageInfo />
    </>
  );
}
