// Undo and redo of this tab's edits, with a plain word when an undo cannot be done (another tab
// changed the value since, or the plan is read-only). The buttons are the registry's undo and redo
// commands (grid/commands.ts); their keys work in the sheets only, so no shortcut is shown here.
import { useState } from "react";
import { usePlanEditor, type UndoOutcome } from "../bindings/planEditor";
// Straight from the files, not ../grid: the page must not load AG Grid before a sheet is opened.
import { CommandButton } from "../grid/CommandBar";
import { planCommandState, REDO, UNDO } from "../grid/commands";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";

const MESSAGE: Record<Exclude<UndoOutcome, { ok: true }>["reason"], MessageKey> = {
  nothing: "undo.nothing",
  changedElsewhere: "undo.changedElsewhere",
  readOnly: "undo.readOnly",
  refused: "undo.refused",
};

export function EditToolbar() {
  const editor = usePlanEditor();
  const { t } = useI18n();
  const [message, setMessage] = useState<MessageKey | null>(null);
  const run = (step: () => UndoOutcome, done: MessageKey) => {
    const r = step();
    setMessage(r.ok ? done : MESSAGE[r.reason]);
  };
  const state = planCommandState(editor);
  const actions = { undo: () => run(editor.undo, "undo.done"), redo: () => run(editor.redo, "redo.done") };
  return (
    <div className="edit-toolbar">
      <CommandButton command={UNDO} state={state} actions={actions} keys={false} />
      <CommandButton command={REDO} state={state} actions={actions} keys={false} />
      <span className="edit-message" role="status" aria-live="polite">
        {message && t(message)}
      </span>
      {!editor.writable && <span className="readonly-tag">{t("plan.readOnlyNow")}</span>}
    </div>
  );
}
