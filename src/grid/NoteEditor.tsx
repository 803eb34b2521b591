// The note of one value (reason, source): shown on hover in the grid, edited here.
import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { Dialog } from "../ui/Dialog";

/** The schema's limit on a note (schema.ts Series.notes). */
export const NOTE_MAX = 2000;

interface Props {
  where: string;
  initial: string;
  onSave: (note: string | null) => void;
  onClose: () => void;
}

export function NoteEditor({ where, initial, onSave, onClose }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const tooLong = text.length > NOTE_MAX;
  const save = () => {
    if (tooLong) return;
    const note = text.normalize("NFC").trim();
    onClose();
    if (note !== initial.trim()) onSave(note === "" ? null : note);
  };
  return (
    <Dialog title={t("note.title")} onClose={onClose}>
      <p className="grid-dialog-sub">{where}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label className="field">
          <span>{t("note.label")}</span>
          <textarea
            value={text}
            rows={5}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Ctrl+Enter saves, as in many editors; Enter alone makes a new line.
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                save();
              }
            }}
            aria-invalid={tooLong}
            aria-describedby={tooLong ? "note-error" : undefined}
          />
        </label>
        {tooLong && (
          <p id="note-error" className="field-error" role="alert">
            {t("note.tooLong", { max: NOTE_MAX })}
          </p>
        )}
        <div className="grid-dialog-actions">
          {initial !== "" && (
            <button
              type="button"
              className="button danger"
              onClick={() => {
                onClose();
                onSave(null);
              }}
            >
              {t("note.remove")}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t("cancel")}
          </button>
          <button type="submit" className="button primary" disabled={tooLong}>
            {t("save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
