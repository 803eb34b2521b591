// Deleted plans, restorable until deleted for good (which asks first).
import { useState } from "react";
import { formatTimestamp } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import type { PlanSummary } from "../storage/library";

export function Trash({
  plans,
  onRestore,
  onPurge,
}: {
  plans: readonly PlanSummary[];
  onRestore: (p: PlanSummary) => void;
  onPurge: (p: PlanSummary) => void;
}) {
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (plans.length === 0) return null;
  return (
    <details className="trash">
      <summary>{t("trash.heading", { n: plans.length })}</summary>
      <p className="hint">{t("trash.hint")}</p>
      <ul className="trash-list">
        {plans.map((p) => (
          <li key={p.id} data-plan={p.id}>
            <span className="trash-title">{p.title}</span>
            <span className="muted">
              {t("trash.deletedAt")} {p.deletedAt ? formatTimestamp(p.deletedAt, lang) : ""}
            </span>
            {confirming === p.id ? (
              <span className="confirm" role="alert">
                {t("trash.confirmPurge", { title: p.title })}{" "}
                <button type="button" className="button small danger" onClick={() => onPurge(p)}>
                  {t("trash.purge")}
                </button>{" "}
                <button type="button" className="button small" onClick={() => setConfirming(null)}>
                  {t("cancel")}
                </button>
              </span>
            ) : (
              <span>
                <button type="button" className="button small" onClick={() => onRestore(p)}>
                  {t("trash.restore")}
                </button>{" "}
                <button type="button" className="button small danger" onClick={() => setConfirming(p.id)}>
                  {t("trash.purge")}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
