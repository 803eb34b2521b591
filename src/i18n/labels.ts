// The one home of plan labels: province, period, legal reference and status as the interface, the
// exports and the reports say them. Units are in unitLabel.ts, messages in messages/.
import { provinceInfo } from "../domain/provinces";
import type { Plan } from "../domain/schema";
import type { Status } from "../domain/status";
import type { I18n } from "./I18nProvider";
import { formatIsoDate } from "./dates";
import type { Translate } from "./translator";

export function provinceLabel(id: string, t: I18n["t"]): string {
  const p = provinceInfo(id);
  if (!p) return id;
  if (!p.former) return p.name;
  // "Ninh Bình (cũ, nay thuộc Ninh Bình)" reads oddly: a former unit that gave its name to the new one.
  if (p.current.name === p.name) return t("formerProvinceSameName", { name: p.name });
  return t("formerProvince", { name: p.name, current: p.current.name });
}

/** "2021–2025", or one year. */
export function periodLabel(plan: Pick<Plan, "startYear" | "endYear">): string {
  return plan.startYear === plan.endYear ? String(plan.startYear) : `${plan.startYear}–${plan.endYear}`;
}

/** "298/QĐ-UBND ngày 9/2/2021"; empty when the source gives no number. */
export function legalRefLabel(plan: Pick<Plan, "legalRef">, i18n: Pick<I18n, "t" | "lang">): string {
  const { number, date } = plan.legalRef;
  if (!number && !date) return "";
  const when = date ? i18n.t("dated", { date: formatIsoDate(date, i18n.lang) }) : "";
  return [number, when].filter(Boolean).join(" ");
}

/** "Đạt" / "On track" …: the words for an indicator's status (the badge adds its icon). */
export function statusLabel(status: Status, t: Translate): string {
  return t(`status.${status}`);
}
