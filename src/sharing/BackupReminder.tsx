// The library's reminder to back up (backupReminder.ts has the rule): a dismissible banner in both
// languages with the action that resolves it, "Back up all plans".
import { useState } from "react";
import { useI18n } from "../i18n/I18nProvider";
import { formatNumber } from "../i18n/numbers";
import type { PlanSummary } from "../storage/library";
import { plansDueForBackup, REMINDER_DAYS, showBackupReminder } from "./backupReminder";

const DISMISSED_KEY = "htx-plan.backupReminderDismissedAt";

function readDismissed(): string | null {
  try {
    return localStorage.getItem(DISMISSED_KEY);
  } catch {
    return null;
  }
}

export function BackupReminder({ plans, onBackup }: { plans: readonly PlanSummary[]; onBackup: () => void }) {
  const { t, lang } = useI18n();
  const [dismissedAt, setDismissedAt] = useState(readDismissed);
  const now = new Date();
  if (!showBackupReminder(plans, now, dismissedAt)) return null;
  const due = plansDueForBackup(plans, now);
  const dismiss = () => {
    const at = new Date().toISOString();
    try {
      localStorage.setItem(DISMISSED_KEY, at);
    } catch {
      // Private mode: dismissed for this visit only.
    }
    setDismissedAt(at);
  };
  return (
    <div
      className="banner banner-warning backup-reminder"
      role="region"
      aria-label={t("share.reminderLabel")}
    >
      <p>{t("share.reminder", { n: formatNumber(due.length, lang), days: REMINDER_DAYS })}</p>
      <button type="button" className="button primary" onClick={onBackup}>
        {t("share.backupAll")}
      </button>
      <button type="button" className="button" onClick={dismiss}>
        {t("share.dismiss")}
      </button>
    </div>
  );
}
