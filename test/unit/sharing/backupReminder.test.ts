import { describe, expect, it } from "vitest";
import {
  plansDueForBackup,
  showBackupReminder,
  type ReminderPlan,
} from "../../../src/sharing/backupReminder";

const NOW = new Date("2026-03-31T12:00:00.000Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 24 * 60 * 60 * 1000).toISOString();

function plan(p: Partial<ReminderPlan> & { id: string }): ReminderPlan {
  return {
    title: p.id,
    createdAt: daysAgo(100),
    updatedAt: daysAgo(100),
    exportedAt: null,
    deletedAt: null,
    ...p,
  };
}

describe("the 14-day backup reminder", () => {
  it("is due for changes no export holds, once that export (or the creation) is 14 days old", () => {
    const plans = [
      plan({ id: "untouched seed" }),
      plan({ id: "changed, never exported", updatedAt: daysAgo(1) }),
      plan({ id: "created 3 days ago, changed", createdAt: daysAgo(3), updatedAt: daysAgo(1) }),
      plan({ id: "exported after its last change", updatedAt: daysAgo(30), exportedAt: daysAgo(20) }),
      plan({ id: "changed since an export 15 days ago", updatedAt: daysAgo(2), exportedAt: daysAgo(15) }),
      plan({ id: "changed since an export 13 days ago", updatedAt: daysAgo(2), exportedAt: daysAgo(13) }),
      plan({ id: "in the trash", updatedAt: daysAgo(1), deletedAt: daysAgo(1) }),
    ];
    expect(plansDueForBackup(plans, NOW).map((p) => p.id)).toEqual([
      "changed, never exported",
      "changed since an export 15 days ago",
    ]);
  });

  it("is due exactly at 14 days", () => {
    expect(
      plansDueForBackup([plan({ id: "a", updatedAt: daysAgo(1), exportedAt: daysAgo(14) })], NOW),
    ).toHaveLength(1);
  });

  it("stays hidden after dismissal until a due plan changes again, or for 14 days", () => {
    const due = [plan({ id: "a", updatedAt: daysAgo(3) })];
    expect(showBackupReminder(due, NOW, null)).toBe(true);
    expect(showBackupReminder(due, NOW, daysAgo(1))).toBe(false);
    expect(showBackupReminder([plan({ id: "a", updatedAt: daysAgo(0.5) })], NOW, daysAgo(1))).toBe(true);
    expect(showBackupReminder(due, NOW, daysAgo(14))).toBe(true);
    expect(showBackupReminder([plan({ id: "b" })], NOW, null)).toBe(false);
  });

  it("treats unreadable dates as very old rather than failing", () => {
    expect(
      plansDueForBackup([plan({ id: "x", createdAt: "not a date", updatedAt: daysAgo(1) })], NOW),
    ).toHaveLength(1);
  });
});
