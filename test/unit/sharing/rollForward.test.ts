import { describe, expect, it } from "vitest";
import { checkPlan } from "../../../src/domain/planChecks";
import { indicatorFigures } from "../../../src/domain/rollup";
import { type Plan, Plan as PlanSchema } from "../../../src/domain/schema";
import { rollForward, rolledTitle } from "../../../src/domain/sharing/rollForward";
import { benTre2021 } from "../../../src/templates/benTre2021";
import { demoTraVinh } from "../../../src/templates/demoTraVinh";
import { apply, basePlan } from "./fixtures";

const NOW = "2026-10-01T00:00:00.000Z";

function rolled(old: Plan, extra: Partial<Parameters<typeof rollForward>[1]> = {}) {
  const r = rollForward(old, { id: "draft-2026", now: NOW, ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r;
}

describe("rolling a programme forward", () => {
  const { plan, baselines } = rolled(demoTraVinh);
  const ind = (code: string) => plan.indicators.find((i) => i.code === code)!;

  it("starts 2026–2030 with a new id, the same indicators and sub-areas, and a valid plan", () => {
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(checkPlan(plan)).toEqual([]);
    expect(plan).toMatchObject({
      id: "draft-2026",
      title: "Trà Vinh 2026–2030 — số liệu minh họa",
      startYear: 2026,
      endYear: 2030,
      baselineYear: 2025,
      legalRef: { number: "", date: null },
      templateId: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(plan.indicators.map((i) => i.id)).toEqual(demoTraVinh.indicators.map((i) => i.id));
    expect(plan.subAreas).toEqual(demoTraVinh.subAreas);
  });

  it("takes each baseline from the last actual, per area, and says where it came from", () => {
    // New HTX in Trà Cú: 3, 5, 4, 4, 5 (2025 an estimate) → 5, and the programme's 21 for reference.
    const s = ind("2").series["tra-cu"]!;
    expect(s.baseline).toBe(5);
    expect(s.notes.baseline).toBe(
      `Năm gốc lấy từ số thực hiện năm 2025 (ước) của "${demoTraVinh.title}"; tổng số thực hiện 2021–2025 đã ghi nhận: 21.`,
    );
    expect(baselines.find((b) => b.indicatorId === ind("2").id && b.area === "tra-cu")).toEqual({
      indicatorId: ind("2").id,
      area: "tra-cu",
      value: 5,
      period: "2025",
      status: "estimate",
      programmeTotal: 21,
    });
    // Members (growth): the last position, 8 400 in Trà Cú; the whole plan's baseline is the sum.
    expect(ind("4").series["tra-cu"]!.baseline).toBe(8400);
    expect(indicatorFigures(plan, ind("4"))!.baseline).toBe(8400 + 5750 + 6250);
    // A share: the last share, 15 of 15 communes.
    expect(ind("5").series["tra-cu"]!.baseline).toBe(100);
    expect(baselines).toHaveLength(9 * 3);
  });

  it("clears targets, actuals and other notes; keeps the source as inherited", () => {
    for (const i of plan.indicators) {
      for (const s of Object.values(i.series)) {
        expect(s.total).toBeNull();
        expect(s.plan).toEqual({});
        expect(s.actual).toEqual({});
        expect(Object.keys(s.notes).filter((k) => k !== "baseline")).toEqual([]);
      }
      expect(i.source).toMatch(/^Kế thừa từ giai đoạn 2021–2025: QĐ 298/);
    }
  });

  it("carries tasks over, not started and without deadlines", () => {
    const old = apply(basePlan, {
      type: "updateTask",
      taskId: basePlan.tasks[0]!.id,
      patch: { status: "done", deadline: "2023-12-31" },
    });
    const r = rolled(old);
    expect(r.plan.tasks).toHaveLength(old.tasks.length);
    expect(r.plan.tasks.every((t) => t.status === "notStarted" && t.deadline === null)).toBe(true);
    expect(r.plan.tasks[0]!.title).toBe(old.tasks[0]!.title);
  });

  it("leaves a baseline empty, without a note, when the old programme has no actual", () => {
    const r = rolled(benTre2021);
    expect(r.plan.indicators.every((i) => i.series.all!.baseline === null)).toBe(true);
    expect(r.plan.indicators.every((i) => Object.keys(i.series.all!.notes).length === 0)).toBe(true);
    expect(r.baselines.every((b) => b.period === null && b.value === null)).toBe(true);
  });

  it("half-yearly plans: a level from the last half-year, an amount only from a full year", () => {
    let old = apply(benTre2021, {
      type: "setCell",
      indicatorId: "bt21-4",
      area: "all",
      key: "actual:2021-H1",
      value: { value: 170, status: "final" },
    });
    old = apply(old, {
      type: "setCell",
      indicatorId: "bt21-2",
      area: "all",
      key: "actual:2021-H1",
      value: { value: 8, status: "final" },
    });
    const r = rolled(old);
    expect(r.plan).toMatchObject({ startYear: 2022, endYear: 2022, reporting: "halfYearly" });
    expect(r.plan.title).toBe("Kế hoạch phát triển kinh tế tập thể, hợp tác xã năm 2022 tỉnh Bến Tre");
    const level = r.plan.indicators.find((i) => i.id === "bt21-4")!.series.all!;
    expect(level.baseline).toBe(170);
    expect(level.notes.baseline).toMatch(/^Năm gốc lấy từ số thực hiện 6 tháng đầu năm 2021 \(chính thức\)/);
    expect(r.plan.indicators.find((i) => i.id === "bt21-2")!.series.all!.baseline).toBeNull();
  });

  it("takes a chosen period and title, and refuses an impossible period", () => {
    expect(
      rolled(demoTraVinh, { startYear: 2026, endYear: 2027, title: "Kế hoạch 2026–2027" }).plan,
    ).toMatchObject({
      startYear: 2026,
      endYear: 2027,
      title: "Kế hoạch 2026–2027",
    });
    expect(rollForward(demoTraVinh, { id: "x", now: NOW, startYear: 2030, endYear: 2026 })).toEqual({
      ok: false,
      error: { reason: "invalidPeriod" },
    });
    expect(rollForward(demoTraVinh, { id: "x", now: NOW, startYear: 2026, endYear: 2070 })).toEqual({
      ok: false,
      error: { reason: "invalidPeriod" },
    });
  });

  it("names the new period in the title, whatever dash the old one used", () => {
    const t = (title: string) => rolledTitle({ ...demoTraVinh, title }, 2026, 2030);
    expect(t("Chương trình giai đoạn 2021-2025")).toBe("Chương trình giai đoạn 2026–2030");
    expect(t("Chương trình giai đoạn 2021 – 2025")).toBe("Chương trình giai đoạn 2026–2030");
    expect(t("Chương trình phát triển HTX")).toBe("Chương trình phát triển HTX (2026–2030)");
  });
});
