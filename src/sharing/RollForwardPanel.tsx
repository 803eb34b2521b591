// "Start the next programme": a draft for the next period (2026–2030 from 2021–2025) with the same
// indicators, sub-areas and tasks, targets left empty for the new decision, and each baseline taken
// from the last actual of this programme — the baseline cell's note says where it came from.
import { useState, type FormEvent } from "react";
import { usePlanEditor } from "../bindings/planEditor";
import { navigate } from "../ui/router";
import { MAX_YEAR, MIN_YEAR } from "../domain/schema";
import { rolledTitle, rollForward } from "../domain/sharing/rollForward";
import { useI18n } from "../i18n/I18nProvider";
import { rollForwardErrorMessage } from "../i18n/sharingErrors";
import { newId, nowIso, putPlan } from "../storage/library";

export function RollForwardPanel() {
  const { plan } = usePlanEditor();
  const { t } = useI18n();
  const length = plan.endYear - plan.startYear;
  const [start, setStart] = useState(String(plan.endYear + 1));
  const [end, setEnd] = useState(String(plan.endYear + 1 + length));
  const [title, setTitle] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const startYear = Number(start);
  const endYear = Number(end);
  const yearsOk =
    Number.isInteger(startYear) && Number.isInteger(endYear) && startYear >= MIN_YEAR && endYear <= MAX_YEAR;
  const shownTitle =
    title ?? (yearsOk && endYear >= startYear ? rolledTitle(plan, startYear, endYear) : plan.title);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const r = rollForward(plan, {
      id: newId(),
      now: nowIso(),
      startYear,
      endYear,
      title: shownTitle.trim() || undefined,
    });
    if (!r.ok) {
      setError(rollForwardErrorMessage(r.error, t));
      return;
    }
    setBusy(true);
    const stored = await putPlan(r.plan);
    setBusy(false);
    if (!stored.ok) {
      setError(t("rollForward.invalidResult"));
      return;
    }
    // The draft opens on its details, where each baseline says where it came from.
    navigate({ name: "plan", planId: r.plan.id, view: "details" });
  };

  return (
    <section className="panel" aria-labelledby="roll-heading">
      <h2 id="roll-heading">{t("share.rollHeading")}</h2>
      <p className="hint">{t("share.rollHint")}</p>
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t("field.startYear")}</span>
          <input
            className="text-input"
            inputMode="numeric"
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("field.endYear")}</span>
          <input
            className="text-input"
            inputMode="numeric"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </label>
        <label className="field wide">
          <span>{t("share.newTitle")}</span>
          <input
            className="text-input"
            value={shownTitle}
            maxLength={500}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <div className="import-actions wide-row">
          <button type="submit" className="button primary" disabled={busy}>
            {t("share.rollStart")}
          </button>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
