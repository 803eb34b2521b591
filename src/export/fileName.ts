// File names of spreadsheet exports, named after the plan as the plan file is: its province and
// period ("tra-vinh-2021-2025.csv"), plus the sub-area for a part, and "minh-hoa" for an
// illustrative plan (a CSV has no other place to say so). ASCII only, so that every mail program
// and file system keeps them intact.
import { provinceInfo, slugify } from "../domain/provinces";
import type { Plan } from "../domain/schema";

export function exportFileName(
  plan: Pick<Plan, "province" | "startYear" | "endYear" | "title" | "illustrative">,
  extension: "csv" | "xlsx",
  areaName?: string,
): string {
  const province = provinceInfo(plan.province)?.name ?? plan.title;
  const years = plan.startYear === plan.endYear ? `${plan.startYear}` : `${plan.startYear}-${plan.endYear}`;
  const parts = [
    slugify(province).slice(0, 60),
    years,
    areaName ? slugify(areaName).slice(0, 60) : "",
    plan.illustrative ? "minh-hoa" : "",
  ];
  return `${parts.filter(Boolean).join("-")}.${extension}`;
}
