// Finding and ordering plans in the library. Search ignores accents and case ("tra vinh" finds
// "Trà Vinh", "dong thap" finds "Đồng Tháp"); titles sort the Vietnamese way (Intl.Collator('vi')).
import { provinceInfo } from "../domain/provinces";
import { foldText } from "../domain/text";
import type { PlanSummary } from "../storage/library";

export type SortKey = "updated" | "title" | "province" | "period";
export const SORT_KEYS: readonly SortKey[] = ["updated", "title", "province", "period"];

export { foldText };

function haystack(p: PlanSummary): string {
  const province = provinceInfo(p.province);
  return foldText(
    [
      p.title,
      province?.name ?? "",
      province?.former ? province.current.name : "",
      `${p.startYear}–${p.endYear} ${p.startYear}-${p.endYear}`,
      p.issuingBody,
      p.legalNumber,
    ].join(" "),
  );
}

/** Plans whose text holds every word of the query. */
export function searchPlans(plans: readonly PlanSummary[], query: string): PlanSummary[] {
  const words = foldText(query).split(" ").filter(Boolean);
  if (words.length === 0) return plans.slice();
  return plans.filter((p) => {
    const text = haystack(p);
    return words.every((w) => text.includes(w));
  });
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export function sortPlans(plans: readonly PlanSummary[], key: SortKey): PlanSummary[] {
  const byTitle = (a: PlanSummary, b: PlanSummary) => collator.compare(a.title, b.title);
  const provinceName = (p: PlanSummary) => provinceInfo(p.province)?.name ?? p.province;
  const compare: Record<SortKey, (a: PlanSummary, b: PlanSummary) => number> = {
    updated: (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : byTitle(a, b)),
    title: byTitle,
    province: (a, b) => collator.compare(provinceName(a), provinceName(b)) || byTitle(a, b),
    period: (a, b) => b.startYear - a.startYear || b.endYear - a.endYear || byTitle(a, b),
  };
  return plans.slice().sort(compare[key]);
}
