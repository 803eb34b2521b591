// The plans of the library as a table: title (opens the plan), province, period, last change, and
// what can be done with each (rename in place, duplicate, delete).
import { useEffect, useRef, useState, type FormEvent } from "react";
import { periodLabel, provinceLabel } from "../i18n/labels";
import { hrefFor } from "../ui/router";
import { formatTimestamp } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import type { FieldProblem } from "../ui/commitField";
import type { PlanSummary } from "../storage/library";

export interface PlanActions {
  rename: (plan: PlanSummary, title: string) => Promise<FieldProblem | null>;
  duplicate: (plan: PlanSummary) => void;
  remove: (plan: PlanSummary) => void;
  /** Write the plan to a plan file (sharing). */
  exportFile?: (plan: PlanSummary) => void;
}

export function PlanTable({ plans, actions }: { plans: readonly PlanSummary[]; actions: PlanActions }) {
  const { t } = useI18n();
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <table className="data-table library-table">
      <caption className="visually-hidden">{t("library.heading")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("title")}</th>
          <th scope="col">{t("province")}</th>
          <th scope="col">{t("period")}</th>
          <th scope="col">{t("library.lastChange")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("library.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {plans.map((p) => (
          <PlanRow
            key={p.id}
            plan={p}
            actions={actions}
            renaming={renaming === p.id}
            setRenaming={(on) => setRenaming(on ? p.id : null)}
          />
        ))}
      </tbody>
    </table>
  );
}

function PlanRow({
  plan,
  actions,
  renaming,
  setRenaming,
}: {
  plan: PlanSummary;
  actions: PlanActions;
  renaming: boolean;
  setRenaming: (on: boolean) => void;
}) {
  const { t, lang } = useI18n();
  const label = (action: string) => t("library.actionFor", { action, title: plan.title });
  // When renaming ends (saved or left with Escape) the field is gone: the focus goes back to the
  // button that opened it, unless it has moved elsewhere already (another row's field).
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (wasRenaming.current && !renaming && lost) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  return (
    <tr data-plan={plan.id}>
      <td>
        {renaming ? (
          <RenameForm plan={plan} onDone={() => setRenaming(false)} rename={actions.rename} />
        ) : (
          <>
            <a className="plan-link" href={hrefFor({ name: "plan", planId: plan.id, view: null })}>
              {plan.title}
            </a>
            {plan.illustrative && (
              <span className="illustrative-tag" title={t("illustrativeHint")}>
                {t("illustrative")}
              </span>
            )}
            <div className="muted">
              {t(`doc.${plan.documentType}`)}
              {plan.legalNumber && ` · ${plan.legalNumber}`}
              {plan.issuingBody && ` · ${plan.issuingBody}`}
            </div>
          </>
        )}
      </td>
      <td>{provinceLabel(plan.province, t)}</td>
      <td className="num">{periodLabel(plan)}</td>
      <td className="num">{formatTimestamp(plan.updatedAt, lang)}</td>
      <td className="row-actions">
        {!renaming && (
          <button
            ref={renameButton}
            type="button"
            className="button small"
            aria-label={label(t("library.rename"))}
            onClick={() => setRenaming(true)}
          >
            {t("library.rename")}
          </button>
        )}
        <button
          type="button"
          className="button small"
          aria-label={label(t("library.duplicate"))}
          onClick={() => actions.duplicate(plan)}
        >
          {t("library.duplicate")}
        </button>
        {actions.exportFile && (
          <button
            type="button"
            className="button small"
            aria-label={label(t("share.exportPlan"))}
            onClick={() => actions.exportFile?.(plan)}
          >
            {t("share.exportPlan")}
          </button>
        )}
        <button
          type="button"
          className="button small danger"
          aria-label={label(t("delete"))}
          onClick={() => actions.remove(plan)}
        >
          {t("delete")}
        </button>
      </td>
    </tr>
  );
}

function RenameForm({
  plan,
  rename,
  onDone,
}: {
  plan: PlanSummary;
  rename: PlanActions["rename"];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState(plan.title);
  const [error, setError] = useState<FieldProblem | null>(null);
  const inputId = `rename-${plan.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = await rename(plan, title);
    if (problem) setError(problem);
    else onDone();
  };
  return (
    <form className="rename-form" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t("library.renameLabel")}
      </label>
      <input
        id={inputId}
        className="text-input"
        value={title}
        autoFocus
        maxLength={500}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") onDone();
        }}
      />
      <button type="submit" className="button small primary">
        {t("save")}
      </button>
      <button type="button" className="button small" onClick={onDone}>
        {t("cancel")}
      </button>
      {error && (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          {t(error.key, error.params)}
        </p>
      )}
    </form>
  );
}
