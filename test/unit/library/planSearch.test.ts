import { describe, expect, it } from "vitest";
import { foldText, searchPlans, sortPlans } from "../../../src/library/planSearch";
import type { PlanSummary } from "../../../src/storage/library";

function summary(title: string, province: string, startYear: number, updatedAt: string): PlanSummary {
  return {
    id: title,
    title,
    province,
    documentType: "programme",
    startYear,
    endYear: startYear + 4,
    issuingBody: "",
    legalNumber: "",
    templateId: null,
    illustrative: false,
    createdAt: updatedAt,
    updatedAt,
    exportedAt: null,
    deletedAt: null,
  };
}

const plans = [
  summary("Chương trình Trà Vinh", "old:tra-vinh", 2021, "2026-01-03"),
  summary("Kế hoạch Đồng Tháp", "dong-thap", 2026, "2026-01-01"),
  summary("Ấp Bắc", "dong-thap", 2020, "2026-01-02"),
  summary("An Giang", "an-giang", 2026, "2026-01-04"),
];

describe("library search and sort", () => {
  it("ignores accents and case", () => {
    expect(foldText("Đồng  THÁP")).toBe("dong thap");
    expect(searchPlans(plans, "tra vinh").map((p) => p.title)).toEqual(["Chương trình Trà Vinh"]);
    // A former province is found under the province it now belongs to.
    expect(searchPlans(plans, "vinh long").map((p) => p.title)).toEqual(["Chương trình Trà Vinh"]);
    expect(searchPlans(plans, "dong thap 2026").map((p) => p.title)).toEqual(["Kế hoạch Đồng Tháp"]);
    expect(searchPlans(plans, "  ")).toHaveLength(4);
  });

  it("sorts titles the Vietnamese way, and by province, period and last change", () => {
    expect(sortPlans(plans, "title").map((p) => p.title)).toEqual([
      "An Giang",
      "Ấp Bắc",
      "Chương trình Trà Vinh",
      "Kế hoạch Đồng Tháp",
    ]);
    expect(sortPlans(plans, "updated").map((p) => p.title)[0]).toBe("An Giang");
    expect(sortPlans(plans, "period").map((p) => p.startYear)).toEqual([2026, 2026, 2021, 2020]);
    expect(sortPlans(plans, "province").map((p) => p.province)).toEqual([
      "an-giang",
      "dong-thap",
      "dong-thap",
      "old:tra-vinh",
    ]);
  });
});
