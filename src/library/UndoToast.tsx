// A short notice at the bottom of the screen, with an optional action ("Undo"). It stays for a
// while and can be closed; the trash keeps deleted plans afterwards, so nothing depends on speed.
// A notice with an action takes the focus (the button that caused it is gone: a deleted plan's row),
// so that the keyboard reaches "Undo" at once; it does not go away while it has the focus or the
// pointer, and Escape closes it.
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/I18nProvider";

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

/** "timeout": it went by itself; "user": closed or acted on with the focus inside. */
export type DismissReason = "timeout" | "user";

const VISIBLE_MS = 10_000;

export function UndoToast({
  toast,
  onDismiss,
}: {
  toast: Toast | null;
  onDismiss: (reason: DismissReason) => void;
}) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && <Notice key={toast.id} toast={toast} onDismiss={onDismiss} />}
    </div>
  );
}

function Notice({ toast, onDismiss }: { toast: Toast; onDismiss: (reason: DismissReason) => void }) {
  const { t } = useI18n();
  const [held, setHeld] = useState(false);
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => onDismiss("timeout"), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [held, onDismiss]);
  useEffect(() => {
    action.current?.focus();
  }, []);
  return (
    <div
      className="toast"
      onFocus={() => setHeld(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setHeld(false);
      }}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onDismiss("user");
        }
      }}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button
          ref={action}
          type="button"
          className="button small"
          onClick={() => {
            toast.action?.run();
            onDismiss("user");
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label={t("close")} onClick={() => onDismiss("user")}>
        ×
      </button>
    </div>
  );
}
