import { describe, expect, it } from "vitest";
import { copyPlan } from "../../../src/domain/newPlan";
import { checkPlan } from "../../../src/domain/planChecks";
import { indicatorFigures } from "../../../src/domain/rollup";
import { type Indicator, type Plan, Plan as PlanSchema } from "../../../src/domain/schema";
import {
  combinePlans,
  defaultSourceNames,
  suggestCombinedProvince,
} from "../../../src/domain/sharing/combinePlans";
import {
  candidatesFor,
  checkMatching,
  indicatorOf,
  joinGroups,
  moveIndicator,
  proposeMatching,
} from "../../../src/domain/sharing/indicatorMatching";
import { codeKey, foldText, nameKey } from "../../../src/domain/sharing/nameKey";
import { bacLieu2021 } from "../../../src/templates/bacLieu2021";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { traVinh2021 } from "../../../src/templates/traVinh2021";

const OPTIONS = {
  id: "combined-1",
  now: "2026-09-01T00:00:00.000Z",
  title: "Chương trình hợp nhất",
  province: "vinh-long",
};

function combined(plans: Plan[]): Plan {
  const r = combinePlans(plans, proposeMatching(plans), OPTIONS);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.plan;
}

const byName = (plan: Plan, name: string) => plan.indicators.find((i) => i.name === name) as Indicator;

describe("names are compared as a planner reads them", () => {
  it("ignores accents, case, spacing, Unicode form and the sector's abbreviations", () => {
    expect(foldText("  Hợp   TÁC xã ")).toBe("hop tac xa");
    expect(nameKey("Thành lập mới HTX")).toBe(nameKey("phát triển mới hợp tác xã"));
    expect(nameKey("Hợp tác xã".normalize("NFD"))).toBe(nameKey("Hợp tác xã".normalize("NFC")));
    expect(nameKey("Liên hiệp HTX")).toBe(nameKey("LHHTX"));
    expect(nameKey("Đội ngũ")).toBe("doi ngu");
    expect(codeKey(" II.3. ")).toBe(codeKey("ii.3"));
  });
});

describe("proposed matching", () => {
  const plans = [bacLieu2021, traVinh2021];
  const m = proposeMatching(plans);
  const groupOf = (plan: number, code: string) =>
    m.groups.find((g) => g.members.some((r) => r.plan === plan && indicatorOf(plans, r)?.code === code));

  it("joins the same indicator under different codes and wordings, and leaves the rest alone", () => {
    // Bạc Liêu 1 "Thành lập mới hợp tác xã" is Trà Vinh 2 "Phát triển mới hợp tác xã".
    expect(groupOf(0, "1")).toBe(groupOf(1, "2"));
    expect(groupOf(0, "1")!.basis).toBe("name");
    expect(groupOf(0, "3")!.basis).toBe("codeAndName");
    // Same code, different things: HTX founded (Bạc Liêu 1) is not THT founded (Trà Vinh 1).
    expect(groupOf(0, "1")).not.toBe(groupOf(1, "1"));
    expect(groupOf(1, "9")!.members).toHaveLength(1);
    expect(checkMatching(plans, m)).toEqual([]);
    expect(m.groups.every((g) => g.conflicts.length === 0)).toBe(true);
  });

  it("offers similar indicators as candidates, and the planner can join them", () => {
    const i = m.groups.indexOf(groupOf(0, "5")!);
    const j = m.groups.indexOf(groupOf(1, "5")!);
    expect(candidatesFor(plans, m, i).map((c) => c.group)).toEqual([j]);
    const joined = joinGroups(plans, m, i, j);
    expect(joined.groups).toHaveLength(m.groups.length - 1);
    expect(joined.groups[i]).toMatchObject({ basis: "user", conflicts: [] });
    expect(checkMatching(plans, joined)).toEqual([]);
  });

  it("flags a correction that joins different kinds, and combine refuses it", () => {
    // Bạc Liêu 4 (members joining, an amount) with Trà Vinh 4 (members, a growth rate).
    const target = m.groups.indexOf(groupOf(0, "4")!);
    const moved = moveIndicator(plans, m, { plan: 1, indicatorId: "tv21-4" }, target);
    expect(moved.groups[target]!.conflicts).toEqual(["kind"]);
    const r = combinePlans(plans, moved, OPTIONS);
    expect(r).toEqual({ ok: false, error: { reason: "conflicts", groups: [target] } });
    // Moving it back out to a group of its own clears the conflict.
    const back = moveIndicator(plans, moved, { plan: 1, indicatorId: "tv21-4" }, "new");
    expect(back.groups[target]!.conflicts).toEqual([]);
    expect(combinePlans(plans, back, OPTIONS).ok).toBe(true);
  });

  it("refuses a matching that forgets an indicator or holds one twice", () => {
    const forgot = { groups: m.groups.slice(1) };
    const r = combinePlans(plans, forgot, OPTIONS);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toEqual({
        reason: "matchingInvalid",
        problems: [
          { code: "missing", ref: { plan: 0, indicatorId: "bl21-1" } },
          { code: "missing", ref: { plan: 1, indicatorId: "tv21-2" } },
        ],
      });
    const twice = { groups: [...m.groups, m.groups[0]!] };
    expect(checkMatching(plans, twice).map((p) => p.code)).toContain("twice");
  });
});

describe("combining plans", () => {
  it("makes each source a sub-area and the roll-up adds amounts up", () => {
    const plan = combined([bacLieu2021, traVinh2021]);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(checkPlan(plan)).toEqual([]);
    expect(plan.subAreas).toEqual([
      { id: "bac-lieu", code: "", name: "Bạc Liêu", groupId: null },
      { id: "tra-vinh", code: "", name: "Trà Vinh", groupId: null },
    ]);
    const htx = byName(plan, "Thành lập mới hợp tác xã");
    expect(Object.keys(htx.series)).toEqual(["bac-lieu", "tra-vinh"]);
    // 100 HTX in Bạc Liêu + 50 in Trà Vinh.
    expect(indicatorFigures(plan, htx)!.target).toMatchObject({ lo: 150, hi: 150 });
    // Each source's wording of where the target comes from is kept, with its name.
    expect(htx.source).toMatch(/^Bạc Liêu: .*\nTrà Vinh: /);
    // Indicators only one source has are kept, with only that source's series.
    expect(Object.keys(byName(plan, "Tỷ lệ nông sản tiêu thụ qua hợp đồng").series)).toEqual(["tra-vinh"]);
    expect(plan.tasks).toHaveLength(bacLieu2021.tasks.length + traVinh2021.tasks.length);
    expect(plan.tasks[0]!.source).toMatch(/^Bạc Liêu: /);
    expect(plan).toMatchObject({ id: "combined-1", province: "vinh-long", startYear: 2021, endYear: 2025 });
  });

  it("names sub-areas 'source › its own sub-area' and recombines shares from their parts", () => {
    const benTreLike = copyPlan(demoTraVinh, "bt-demo", OPTIONS.now, "Bến Tre (minh họa)");
    benTreLike.province = "old:ben-tre";
    const share = benTreLike.indicators.find((i) => i.code === "5")!;
    share.series["tra-cu"]!.actual["2021"] = { value: 25, status: "final", numerator: 5, denominator: 20 };
    const plan = combined([demoTraVinh, benTreLike]);
    expect(plan.subAreas.map((a) => a.name)).toEqual([
      "Trà Vinh › Huyện Trà Cú",
      "Trà Vinh › Huyện Càng Long",
      "Trà Vinh › Các huyện, thị xã, thành phố còn lại",
      "Bến Tre › Huyện Trà Cú",
      "Bến Tre › Huyện Càng Long",
      "Bến Tre › Các huyện, thị xã, thành phố còn lại",
    ]);
    expect(new Set(plan.subAreas.map((a) => a.id)).size).toBe(6);
    expect(plan.indicators).toHaveLength(demoTraVinh.indicators.length);
    const f = indicatorFigures(
      plan,
      plan.indicators.find((i) => i.code === "5")!,
    )!;
    // Trà Vinh 2021: 50 of 80; the Bến Tre copy: 44 of 85 → 94 of 165, never an average of shares.
    expect(f.points[0]!.parts).toEqual({ numerator: 94, denominator: 165 });
    expect(f.points[0]!.actual!.value).toBeCloseTo((94 / 165) * 100);
    const amount = indicatorFigures(
      plan,
      plan.indicators.find((i) => i.code === "2")!,
    )!;
    expect(amount.points[4]!.cumActual).toEqual({ value: 96, estimate: true });
  });

  it("refuses plans whose periods differ, saying which", () => {
    const r = combinePlans([traVinh2021, benTre2021], proposeMatching([traVinh2021, benTre2021]), OPTIONS);
    expect(r).toEqual({
      ok: false,
      error: {
        reason: "periodsDiffer",
        periods: [
          { plan: 0, startYear: 2021, endYear: 2025 },
          { plan: 1, startYear: 2021, endYear: 2021 },
        ],
      },
    });
    expect(combinePlans([traVinh2021], proposeMatching([traVinh2021]), OPTIONS)).toEqual({
      ok: false,
      error: { reason: "tooFew" },
    });
  });

  it("refuses details that are not a plan's (an unknown province)", () => {
    const r = combinePlans([bacLieu2021, traVinh2021], proposeMatching([bacLieu2021, traVinh2021]), {
      ...OPTIONS,
      province: "atlantis",
    });
    expect(r).toMatchObject({ ok: false, error: { reason: "invalidResult" } });
  });

  it("suggests the current province when all sources now belong to it", () => {
    expect(suggestCombinedProvince([benTre2021, traVinh2021])).toBe("vinh-long");
    expect(suggestCombinedProvince([bacLieu2021, traVinh2021])).toBeNull();
    expect(defaultSourceNames([traVinh2021, demoTraVinh])).toEqual([traVinh2021.title, demoTraVinh.title]);
  });
});
