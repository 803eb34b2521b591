// The sub-area comparison at 170 communes (issue 14): the ten highest and ten lowest with ranks and
// ties, a short list whole, sub-areas without figures listed apart (never ranked as zero), and the
// groups of sub-areas rolled up as the whole plan is.
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../../src/bench/generatePlan";
import { comparisonView, rankRows } from "../../../src/charts/comparisonSections";
import {
  type AreaAchievement,
  compareGroups,
  compareSubAreas,
  latestPeriodWithActual,
  UNGROUPED,
} from "../../../src/charts/subAreaComparison";
import type { Indicator, Plan } from "../../../src/domain/schema";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";

function row(name: string, ratio: number | null): AreaAchievement {
  return {
    areaId: name,
    name,
    ratio,
    status: ratio === null ? "noData" : ratio >= 1 ? "onTrack" : "offTrack",
    estimate: false,
    achievement: null,
    group: null,
  };
}

/** n rows named "Xã 1" … "Xã n", best first, ratios from `ratio(i)`. */
function rows(n: number, ratio: (i: number) => number | null = (i) => 2 - i / 100): AreaAchievement[] {
  return Array.from({ length: n }, (_, i) => row(`Xã ${i + 1}`, ratio(i)));
}

const names = (rs: readonly { name: string }[]) => rs.map((r) => r.name);
const byCode = (plan: Plan, code: string) => plan.indicators.find((i) => i.code === code) as Indicator;

describe("the ends of a long comparison", () => {
  it("shows the ten highest and the ten lowest with their ranks, and counts the rest", () => {
    const view = comparisonView(rows(170), false);
    if (view.kind !== "ends") throw new Error("expected the two ends");
    expect(names(view.top)).toEqual(names(rows(10)));
    expect(view.top.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(names(view.bottom)).toEqual(names(rows(170).slice(160)));
    expect(view.bottom.map((r) => r.rank)).toEqual([161, 162, 163, 164, 165, 166, 167, 168, 169, 170]);
    expect(view.hidden).toBe(150);
    expect(view.topTies).toBe(0);
    expect(view.bottomTies).toBe(0);
    expect(view.missing).toEqual([]);
  });

  it("shows all on demand, ranked", () => {
    const view = comparisonView(rows(170), true);
    if (view.kind !== "all") throw new Error("expected all");
    expect(view.rows).toHaveLength(170);
    expect(view.rows[169]?.rank).toBe(170);
  });

  it("shows a list of 20 or fewer whole, and splits one of 21", () => {
    const twenty = comparisonView(rows(20), false);
    expect(twenty.kind).toBe("all");
    if (twenty.kind === "all") expect(twenty.rows).toHaveLength(20);
    const three = comparisonView(rows(3), false);
    if (three.kind !== "all") throw new Error("expected all");
    expect(three.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
    const twentyOne = comparisonView(rows(21), false);
    if (twentyOne.kind !== "ends") throw new Error("expected the two ends");
    expect(twentyOne.hidden).toBe(1);
    expect(twentyOne.top).toHaveLength(10);
    expect(twentyOne.bottom).toHaveLength(10);
  });

  it("gives values shown alike one rank, and says how many hidden rows tie with each end", () => {
    // Rows 9–12 (indexes 8–11) at 85,3% (85.31% and 85.34% are both written 85,3%); rows 15–17 at 40%.
    const ratio = (i: number) =>
      i >= 8 && i <= 11 ? (i % 2 ? 0.8531 : 0.8534) : i >= 14 && i <= 16 ? 0.4 : 2 - i / 10;
    const sorted = rows(26, ratio).sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0));
    const view = comparisonView(sorted, false);
    if (view.kind !== "ends") throw new Error("expected the two ends");
    expect(view.top.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 9]);
    expect(view.topTies).toBe(2);
    // 26 rows: the bottom ten start at the 17th, which ties with the 15th and 16th.
    expect(view.bottom[0]?.rank).toBe(15);
    expect(view.bottom[1]?.rank).toBe(18);
    expect(view.bottomTies).toBe(2);
    expect(view.hidden).toBe(6);
  });

  it("lists sub-areas without a figure apart: not ranked, not drawn, not counted as zero", () => {
    const list = [
      ...rows(18),
      row("Xã không số", 0),
      ...rows(12, () => null).map((r) => row(`${r.name}b`, null)),
    ];
    const ranked = rankRows(list);
    expect(ranked).toHaveLength(19);
    expect(ranked[18]).toMatchObject({ name: "Xã không số", ratio: 0, rank: 19 });
    const view = comparisonView(list, false);
    if (view.kind !== "all") throw new Error("19 with figures: shown whole");
    expect(view.rows).toHaveLength(19);
    expect(view.missing).toHaveLength(12);
    expect(view.missing.every((r) => r.ratio === null)).toBe(true);
    // 25 with figures and 12 without: the ends are taken among those with figures.
    const long = comparisonView([...rows(25), ...view.missing], false);
    if (long.kind !== "ends") throw new Error("expected the two ends");
    expect(long.bottom.every((r) => r.ratio !== null)).toBe(true);
    expect(long.hidden).toBe(5);
    expect(long.missing).toHaveLength(12);
  });
});

describe("sub-areas and groups compared in a plan", () => {
  it("puts a sub-area without actuals last, without a ratio", () => {
    const ind = byCode(demoTraVinh, "1");
    const conLai = ind.series["con-lai"]!;
    const plan = {
      ...demoTraVinh,
      indicators: demoTraVinh.indicators.map((i) =>
        i === ind ? { ...i, series: { ...i.series, "con-lai": { ...conLai, actual: {} } } } : i,
      ),
    };
    const rowsOf = compareSubAreas(plan, byCode(plan, "1"), "2023");
    expect(rowsOf.map((r) => r.areaId)).toEqual(["tra-cu", "cang-long", "con-lai"]);
    expect(rowsOf[2]).toMatchObject({ ratio: null, status: "noData" });
  });

  it("rolls the groups up as the whole plan, with the sub-areas outside every group apart", () => {
    const plan: Plan = {
      ...demoTraVinh,
      subAreaGroups: [
        { id: "tv", name: "Trà Vinh cũ" },
        { id: "empty", name: "Nhóm không có xã" },
      ],
      subAreas: demoTraVinh.subAreas.map((a) => ({ ...a, groupId: a.id === "con-lai" ? null : "tv" })),
    };
    const ind = byCode(plan, "1");
    const areas = compareSubAreas(plan, ind, "2023");
    expect(areas.find((r) => r.areaId === "tra-cu")?.group).toBe("Trà Vinh cũ");
    expect(areas.find((r) => r.areaId === "con-lai")?.group).toBeNull();
    const groups = compareGroups(plan, ind, "2023", "Chưa xếp nhóm");
    // The empty group is left out; the others come highest first.
    expect(groups.map((g) => [g.areaId, g.name, g.size]).sort()).toEqual([
      [UNGROUPED, "Chưa xếp nhóm", 1],
      ["tv", "Trà Vinh cũ", 2],
    ]);
    expect((groups[0]?.ratio ?? 0) >= (groups[1]?.ratio ?? 0)).toBe(true);
    // Amounts: the group's actual and plan are the sums of its sub-areas'.
    const [traCu, cangLong] = ["tra-cu", "cang-long"].map(
      (id) => areas.find((r) => r.areaId === id)!.achievement!,
    );
    const tv = groups.find((g) => g.areaId === "tv")!;
    expect(tv.achievement?.actual).toBeCloseTo(traCu!.actual + cangLong!.actual);
    expect(tv.ratio).toBeCloseTo((traCu!.actual + cangLong!.actual) / (traCu!.plan.lo + cangLong!.plan.lo));
    expect(groups.find((g) => g.areaId === UNGROUPED)?.ratio).toBeCloseTo(
      areas.find((r) => r.areaId === "con-lai")!.ratio!,
    );
  });

  it("compares the 170 communes of a generated merged province and its three former provinces", () => {
    const plan = generatePlan({ indicators: 2, years: 3, subAreas: 170, groups: 3, reporting: "halfYearly" });
    const ind = plan.indicators[0]!;
    const key = latestPeriodWithActual(plan, ind)!;
    expect(key).toBe("2023-H2");
    const areas = compareSubAreas(plan, ind, key);
    expect(areas).toHaveLength(170);
    expect(areas.every((r) => r.ratio !== null)).toBe(true);
    const view = comparisonView(areas, false);
    expect(view.kind).toBe("ends");
    const groups = compareGroups(plan, ind, key, "Chưa xếp nhóm");
    expect(names(groups).sort()).toEqual(["Bến Tre cũ", "Trà Vinh cũ", "Vĩnh Long cũ"]);
    expect(groups.reduce((s, g) => s + (g.size ?? 0), 0)).toBe(170);
    expect(comparisonView(groups, false).kind).toBe("all");
  });
});
