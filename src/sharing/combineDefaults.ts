// Defaults offered when combining plans. The title is plan content, and plan content is Vietnamese
// whatever the interface language (DECISIONS.md "Templates and the first run").
import { provinceInfo } from "../domain/provinces";
import type { Plan } from "../domain/schema";
import { suggestCombinedProvince } from "../domain/sharing/combinePlans";

export function defaultCombinedProvince(plans: readonly Plan[]): string {
  const first = plans[0]?.province ?? "ha-noi";
  return suggestCombinedProvince(plans) ?? provinceInfo(first)?.current.id ?? first;
}

export function defaultCombinedTitle(plans: readonly Plan[], province: string): string {
  const first = plans[0];
  if (!first) return "";
  const period =
    first.startYear === first.endYear ? `${first.startYear}` : `${first.startYear}–${first.endYear}`;
  const name = provinceInfo(province)?.name ?? province;
  const kind = first.documentType === "plan" ? "Kế hoạch" : "Chương trình";
  return `${kind} phát triển kinh tế tập thể, hợp tác xã giai đoạn ${period} tỉnh ${name} (hợp nhất)`;
}
