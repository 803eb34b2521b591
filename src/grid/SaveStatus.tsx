// "Đã lưu / Đang lưu… / Chưa lưu: lý do" — there is no Save button: every change is stored as it is
// made, and this says how that is going.
import { usePlanEditor } from "../app/planEditor";
import { intlLocale } from "../i18n/numbers";
import { useI18n } from "../i18n/I18nProvider";

export function SaveStatus() {
  const { save } = usePlanEditor();
  const { t, lang } = useI18n();
  let text: string;
  if (save.state === "saving") text = t("save.saving");
  else if (save.state === "notSaved")
    text = `${t("save.notSaved", { reason: save.reason })}${save.retrying ? ` ${t("save.retrying")}` : ""}`;
  else text = save.at ? t("save.savedAt", { time: timeOf(save.at, lang) }) : t("save.saved");
  const icon = save.state === "saved" ? "✔" : save.state === "saving" ? "…" : "⚠";
  return (
    <span className={`save-status save-${save.state}`} role="status" aria-live="polite">
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}

/** "14:05": the day is today's, as the save just happened. */
function timeOf(iso: string, lang: "vi" | "en"): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleTimeString(intlLocale(lang), { hour: "2-digit", minute: "2-digit" });
}
