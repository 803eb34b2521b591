// On the plan's page: dispatches a confirmed spreadsheet import as ONE edit, then says what came in,
// with an undo that takes it all back in one step. A refused edit changes nothing and says why.
import { useEffect, useState } from "react";
import { usePlanEditor } from "../../bindings/planEditor";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/messages";
import { takePendingImport, usePendingImport } from "./pendingImport";
import "./spreadsheet.css";
// Its messages (sheet.*) are registered by the import dialog that made the pending import.

type Notice =
  | { kind: "done"; key: MessageKey; params: Record<string, string | number> }
  | { kind: "failed"; reason: string }
  | { kind: "undone" };

export function PendingImportNotice() {
  const editor = usePlanEditor();
  const { t } = useI18n();
  const pending = usePendingImport();
  const [notice, setNotice] = useState<Notice | null>(null);
  const planId = editor.plan.id;
  const { writable, dispatch } = editor;

  useEffect(() => {
    if (!pending || pending.planId !== planId || !writable) return;
    const p = takePendingImport(planId);
    if (!p) return;
    const r = dispatch(p.edit);
    setNotice(
      r.ok
        ? { kind: "done", key: p.done.key, params: p.done.params }
        : { kind: "failed", reason: t(`problem.${r.error.problem}`) },
    );
  }, [pending, planId, writable, dispatch, t]);

  if (!notice) return null;
  return (
    <div className={`sheet-notice ${notice.kind}`} role="status">
      <span>
        {notice.kind === "done"
          ? t(notice.key, notice.params)
          : notice.kind === "failed"
            ? t("sheet.failed", { reason: notice.reason })
            : t("sheet.undone")}
      </span>
      {notice.kind === "done" && (
        <button
          type="button"
          className="button"
          onClick={() => {
            if (editor.undo().ok) setNotice({ kind: "undone" });
          }}
        >
          {t("sheet.undo")}
        </button>
      )}
      <button type="button" className="button ghost" aria-label={t("close")} onClick={() => setNotice(null)}>
        ×
      </button>
    </div>
  );
}
