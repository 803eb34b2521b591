// A short notice at the bottom of the screen, with an optional action ("Undo"). It stays for a
// while and can be closed; the trash keeps deleted plans afterwards, so nothing depends on speed.
import { useEffect } from "react";
import { useI18n } from "../i18n/I18nProvider";

export interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void };
}

const VISIBLE_MS = 10_000;

export function UndoToast({ toast, onDismiss }: { toast: Toast | null; onDismiss: () => void }) {
  const { t } = useI18n();
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast" key={toast.id}>
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="button small"
              onClick={() => {
                toast.action?.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="toast-close" aria-label={t("close")} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
