import { describe, expect, it } from "vitest";
import { Plan } from "../../../src/domain/schema";
import { checkPlan } from "../../../src/domain/planChecks";
import { TEMPLATES } from "../../../src/templates";
import { currentProvinceOf, CURRENT_PROVINCES, FORMER_PROVINCES } from "../../../src/domain/provinces";

// Indicator and task counts of each source, as listed in shared/DOMAIN.md. Ninh Bình's "new HTX /
// new THT" row is two indicators; its merging of weak HTX has no number and is a task.
const EXPECTED: Record<string, { indicators: number; tasks: number }> = {
  // Tasks as the sources list them (issue 11): Bạc Liêu's letter 1047 (7) and programme 332 (11),
  // Trà Vinh's activities (6), Bến Tre's "củng cố, kiện toàn, nâng chất" (1), Ninh Bình's merging
  // task and its eight solutions (9); the demo copies Trà Vinh's.
  "bac-lieu-2021-2025": { indicators: 8, tasks: 18 },
  "tra-vinh-2021-2025": { indicators: 9, tasks: 6 },
  "ben-tre-2021": { indicators: 16, tasks: 1 },
  "ninh-binh-2020": { indicators: 12, tasks: 9 },
  "demo-tra-vinh-2021-2025": { indicators: 9, tasks: 6 },
};

describe("built-in programmes", () => {
  it.each(TEMPLATES.map((t) => [t.templateId, t] as const))("%s is a valid plan", (_id, t) => {
    const parsed = Plan.safeParse(t);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(checkPlan(t)).toEqual([]);
  });

  it("hold every indicator of the sources", () => {
    for (const t of TEMPLATES) {
      const want = EXPECTED[t.templateId ?? ""];
      expect(want, t.title).toBeDefined();
      expect(t.indicators.length, t.title).toBe(want!.indicators);
      expect(t.tasks.length, t.title).toBe(want!.tasks);
    }
  });

  it("carry no invented figures: no actuals or baselines outside the illustrative plan", () => {
    for (const t of TEMPLATES.filter((x) => !x.illustrative)) {
      for (const ind of t.indicators) {
        expect(ind.source, ind.name).not.toBe("");
        for (const s of Object.values(ind.series)) {
          expect(s.actual).toEqual({});
          expect(s.baseline).toBeNull();
        }
      }
    }
    const demo = TEMPLATES.filter((x) => x.illustrative);
    expect(demo).toHaveLength(1);
    expect(demo[0]!.title).toMatch(/minh họa/);
  });

  it("keep the legal references of the sources", () => {
    const refs = TEMPLATES.map((t) => t.legalRef.number);
    expect(refs).toContain("298/QĐ-UBND");
    expect(refs).toContain("332/QĐ-UBND");
    expect(refs).toContain("23/KH-UBND");
  });

  it("know where the former provinces belong today", () => {
    expect(CURRENT_PROVINCES).toHaveLength(34);
    expect(CURRENT_PROVINCES.length - 23 + FORMER_PROVINCES.length).toBe(63);
    expect(currentProvinceOf("old:bac-lieu")?.name).toBe("Cà Mau");
    expect(currentProvinceOf("old:tra-vinh")?.name).toBe("Vĩnh Long");
    expect(currentProvinceOf("old:ben-tre")?.name).toBe("Vĩnh Long");
    expect(currentProvinceOf("old:nam-dinh")?.name).toBe("Ninh Bình");
    expect(currentProvinceOf("ha-noi")?.name).toBe("Hà Nội");
  });

  it("say what the sources say (issue 11)", () => {
    const byId = (id: string) => TEMPLATES.find((t) => t.templateId === id)!;
    const tv = byId("tra-vinh-2021-2025");
    // "khoảng 20 - 30%": an approximate range.
    expect(tv.indicators.find((i) => i.code === "9")!.series.all!.total).toEqual({
      bound: "range",
      min: 20,
      max: 30,
      about: true,
    });
    const bt = byId("ben-tre-2021");
    for (const code of ["11", "12"]) {
      const ind = bt.indicators.find((i) => i.code === code)!;
      expect(ind).toMatchObject({ kind: "share", unit: "percent" });
      expect(ind.name).toMatch(/^Tỷ lệ cán bộ HTX đạt trình độ/);
      expect(ind.note).toMatch(/điểm phần trăm/);
    }
    // No date the source lacks; no deadline invented for the tasks added.
    expect(bt.createdAt).toBe("");
    expect(bt.tasks.map((t) => t.title)).toEqual(["Củng cố, kiện toàn, nâng chất các HTX hiện có"]);
    const bl = byId("bac-lieu-2021-2025");
    expect(bl.tasks.find((t) => t.code === "2")!.title).toBe(
      "Phối hợp các đơn vị liên quan trong củng cố, nâng cao chất lượng hoạt động của các HTX",
    );
    const six = bl.tasks.find((t) => t.code === "6")!.title;
    expect(six).not.toMatch(/giải ngân/);
    expect(six).toMatch(/có hoạt động thực chất đúng theo Luật HTX năm 2012/);
    for (const t of [
      ...tv.tasks,
      ...bt.tasks,
      ...bl.tasks.slice(7),
      ...byId("ninh-binh-2020").tasks.slice(1),
    ]) {
      expect(t.deadline, t.title).toBeNull();
      expect(t.source, t.title).toMatch(/: "/);
    }
  });
});
