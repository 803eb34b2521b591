// The data-safety reminder (DECISIONS.md "Limits"): a plan kept only in this browser is lost with
// the browser's data. When plans have changed and have not been written to a file for 14 days,
// the library says so until the planner exports them or dismisses the reminder.
//
// A plan is due when it has changes that no export holds (its last change is after its last
// export, or after its creation if it was never exported) and that export — or creation — is at
// least 14 days old. Seeded plans nobody touched are never due. Dismissing hides the reminder
// until a due plan changes again, or for 14 days.
export const REMINDER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderPlan {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  exportedAt: string | null;
  deletedAt: string | null;
}

const time = (iso: string | null): number => {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
};

/** Plans whose changes have not been exported for REMINDER_DAYS or more. */
export function plansDueForBackup<P extends ReminderPlan>(plans: readonly P[], now: Date): P[] {
  const limit = now.getTime() - REMINDER_DAYS * DAY_MS;
  return plans.filter((p) => {
    if (p.deletedAt) return false;
    const since = time(p.exportedAt ?? p.createdAt);
    return time(p.updatedAt) > since && since <= limit;
  });
}

/** Whether the banner shows: plans are due and the planner has not dismissed it since. */
export function showBackupReminder(
  plans: readonly ReminderPlan[],
  now: Date,
  dismissedAt: string | null,
): boolean {
  const due = plansDueForBackup(plans, now);
  if (due.length === 0) return false;
  if (!dismissedAt) return true;
  const dismissed = time(dismissedAt);
  if (now.getTime() - dismissed >= REMINDER_DAYS * DAY_MS) return true;
  return due.some((p) => time(p.updatedAt) > dismissed);
}
