// Saved / saving / not saved (with the reason), in the header, announced to screen readers.
import { formatTimestamp } from "../i18n/dates";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/messages";
import { useSaveState } from "../bindings/hooks";
import { writeQueue } from "../storage/writeQueue";

const REASONS = new Set(["quotaExceeded", "databaseClosed", "newerVersion", "failed"]);

export function SaveStatus() {
  const { t, lang } = useI18n();
  const save = useSaveState();
  let text: string;
  let detail: string | null = null;
  switch (save.state) {
    case "saved":
      text = t("save.saved");
      detail = save.at ? t("save.savedAt", { time: formatTimestamp(save.at, lang) }) : null;
      break;
    case "saving":
      text = t("save.saving");
      break;
    case "notSaved": {
      const reason = REASONS.has(save.reason) ? t(`save.reason.${save.reason}` as MessageKey) : save.reason;
      text = `${t("save.notSaved")}: ${reason}${save.retrying ? ` — ${t("save.retrying")}…` : ""}`;
      detail = t("save.keptHint");
      break;
    }
  }
  return (
    <div className={`save-status save-${save.state}`} data-save-state={save.state}>
      <span role="status" aria-live="polite" title={detail ?? undefined}>
        <span aria-hidden="true" className="save-icon">
          {save.state === "saved" ? "✓" : save.state === "saving" ? "…" : "!"}
        </span>{" "}
        {text}
      </span>
      {save.state === "notSaved" && save.retrying && (
        <button type="button" className="button small" onClick={() => writeQueue.retryNow()}>
          {t("save.retryNow")}
        </button>
      )}
    </div>
  );
}
