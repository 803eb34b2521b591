// "New plan": a blank plan, or a fresh copy of any built-in programme (always a new id).
import { useEffect, useRef } from "react";
import { periodLabel, provinceLabel } from "../i18n/labels";
import type { Plan } from "../domain/schema";
import { useI18n } from "../i18n/I18nProvider";
import { TEMPLATES } from "../templates";

export function NewPlanDialog({
  open,
  busy,
  onClose,
  onCreate,
}: {
  open: boolean;
  busy: boolean;
  onClose: () => void;
  onCreate: (from: Plan | null) => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="new-plan-dialog" aria-labelledby="new-plan-heading" onClose={onClose}>
      <h2 id="new-plan-heading">{t("new.heading")}</h2>
      <ul className="choice-list">
        <li>
          <button type="button" className="choice" disabled={busy} onClick={() => onCreate(null)}>
            <strong>{t("new.blank")}</strong>
            <span className="muted">{t("new.blankHint")}</span>
          </button>
        </li>
      </ul>
      <h3>{t("new.fromTemplate")}</h3>
      <ul className="choice-list">
        {TEMPLATES.map((tpl) => (
          <li key={tpl.templateId}>
            <button type="button" className="choice" disabled={busy} onClick={() => onCreate(tpl)}>
              <strong>
                {tpl.title}
                {tpl.illustrative && <span className="illustrative-tag">{t("illustrative")}</span>}
              </strong>
              <span className="muted">
                {provinceLabel(tpl.province, t)} · {periodLabel(tpl)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}
