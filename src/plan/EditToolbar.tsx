// Undo and redo of this tab's edits, with a plain word when an undo cannot be done (another tab
// changed the value since, or the plan is read-only).
import { useState } from "react";
import { usePlanEditor, type UndoOutcome } from "../bindings/planEditor";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";

const MESSAGE: Record<Exclude<UndoOutcome, { ok: true }>["reason"], MessageKey> = {
  nothing: "undo.nothing",
  changedElsewhere: "undo.changedElsewhere",
  readOnly: "undo.readOnly",
  refused: "undo.refused",
};

export function EditToolbar() {
  const { undo, redo, canUndo, canRedo, writable } = usePlanEditor();
  const { t } = useI18n();
  const [message, setMessage] = useState<MessageKey | null>(null);
  const run = (step: () => UndoOutcome, done: MessageKey) => {
    const r = step();
    setMessage(r.ok ? done : MESSAGE[r.reason]);
  };
  return (
    <div className="edit-toolbar">
      <button
        type="button"
        className="button"
        disabled={!canUndo || !writable}
        onClick={() => run(undo, "undo.done")}
      >
        ↶ {t("undo")}
      </button>
      <button
        type="button"
        className="button"
        disabled={!canRedo || !writable}
        onClick={() => run(redo, "redo.done")}
      >
        ↷ {t("redo")}
      </button>
      <span className="edit-message" role="status" aria-live="polite">
        {message && t(message)}
      </span>
      {!writable && <span className="readonly-tag">{t("plan.readOnlyNow")}</span>}
    </div>
  );
}
