import { describe, expect, it } from "vitest";
import { applyEdit } from "../../../../src/domain/edits";
import { blankPlan } from "../../../../src/domain/newPlan";
import { Plan, WHOLE_AREA } from "../../../../src/domain/schema";
import { guessKind, guessUnit } from "../../../../src/io/spreadsheet/guess";
import { proposeMapping } from "../../../../src/io/spreadsheet/headers";
import { previewSheet, type PreviewIndicator } from "../../../../src/io/spreadsheet/preview";
import { readSpreadsheet } from "../../../../src/io/spreadsheet/readSpreadsheet";
import {
  indicatorsFromPreview,
  periodFromPreview,
  type RowChoice,
} from "../../../../src/io/spreadsheet/toIndicators";
import { trackingWorkbook } from "../../../fixtures/spreadsheets/provincialSheet";

async function trackingPreview() {
  const r = await readSpreadsheet("bieu.xlsx", trackingWorkbook());
  if (!r.ok) throw new Error("read");
  return previewSheet(r.sheets[1]!, proposeMapping(r.sheets));
}

function guessedChoices(lines: ReturnType<typeof previewSheet>["lines"]): Map<number, RowChoice> {
  const m = new Map<number, RowChoice>();
  for (const l of lines) {
    if (l.kind !== "indicator") continue;
    const u = guessUnit(l.unitText, l.name);
    m.set(l.row, { include: true, unit: u.unit, factor: u.factor, kind: guessKind(l, u.unit).kind });
  }
  return m;
}

describe("guesses", () => {
  it.each([
    ["HTX", "Số HTX", "htx", 1],
    ["%", "Tỷ lệ", "percent", 1],
    ["triệu đồng", "Doanh thu", "dong", 1e6],
    ["Tỷ đồng", "Vốn", "dong", 1e9],
    ["lượt người", "Tập huấn", "personTimes", 1],
    ["Người", "Thành viên", "people", 1],
    ["Liên hiệp HTX", "LHHTX", "lhhtx", 1],
    ["QTDND", "Quỹ", "qtdnd", 1],
    ["Tổ hợp tác", "THT", "tht", 1],
    ["mô hình", "Mô hình", "models", 1],
    ["ha", "Diện tích", "ha", 1],
    ["xã", "Xã có HTX", "communes", 1],
  ])("unit %s", (unitText, name, unit, factor) => {
    expect(guessUnit(unitText, name)).toEqual({ unit, factor, sure: true });
  });
  it("an unknown unit is a guess from the name, never sure", () => {
    expect(guessUnit("", "Số thành viên HTX")).toMatchObject({ sure: false });
    expect(guessUnit("cái", "Số máy")).toEqual({ unit: "htx", factor: 1, sure: false });
  });
  const line = (
    name: string,
    unitText: string,
    values: PreviewIndicator["values"] = [],
  ): PreviewIndicator => ({
    kind: "indicator",
    row: 1,
    code: "",
    name,
    unitText,
    agency: "",
    note: "",
    group: "",
    values,
  });
  it("kinds from names, units and values", () => {
    expect(guessKind(line("Tỷ lệ HTX khá, tốt", "%"), "percent")).toEqual({ kind: "share", sure: true });
    expect(guessKind(line("Tốc độ tăng thành viên", "%"), "percent").kind).toBe("growth");
    expect(guessKind(line("Số HTX thành lập mới", "HTX"), "htx")).toEqual({ kind: "amount", sure: true });
    expect(guessKind(line("Tổng số HTX", "HTX"), "htx")).toEqual({ kind: "level", sure: true });
    expect(guessKind(line("HTX", "HTX/năm"), "htx").kind).toBe("amount");
    const t = (v: number) => ({ bound: "exact" as const, value: v });
    const sums = [
      { key: "plan:2024" as const, target: t(10), address: "", percent: false },
      { key: "plan:2025" as const, target: t(15), address: "", percent: false },
      { key: "total" as const, target: t(25), address: "", percent: false },
    ];
    expect(guessKind(line("Cán bộ", "người", sums), "people")).toEqual({ kind: "amount", sure: true });
    const stock = sums.map((v) => (v.key === "total" ? { ...v, target: t(15) } : v));
    expect(guessKind(line("Cán bộ", "người", stock), "people")).toEqual({ kind: "level", sure: true });
    expect(guessKind(line("Cán bộ", "người"), "people")).toEqual({ kind: "amount", sure: false });
  });
});

describe("the tracking sheet as a new plan", () => {
  it("gets its period from the year columns and each value, converted and checked", async () => {
    const p = await trackingPreview();
    const period = periodFromPreview(p, 2030);
    expect(period).toEqual({ startYear: 2024, endYear: 2025, baselineYear: 2023, reporting: "yearly" });
    let n = 0;
    const built = indicatorsFromPreview(p, guessedChoices(p.lines), period, {
      area: WHOLE_AREA,
      newId: () => `i${++n}`,
      source: "bieu.xlsx, Biểu 1",
    });
    expect(built.refusals).toEqual([]);
    const [founded, total, share, revenue, models] = built.indicators;
    expect(founded).toMatchObject({
      code: "1",
      group: "Phát triển tổ chức",
      unit: "htx",
      kind: "amount",
      source: "bieu.xlsx, Biểu 1, dòng 8",
    });
    expect(founded?.series[WHOLE_AREA]).toEqual({
      baseline: null,
      total: { bound: "exact", value: 45 },
      plan: { "2024": { bound: "exact", value: 20 }, "2025": { bound: "exact", value: 25 } },
      actual: { "2024": { value: 22, status: "final" }, "2025": { value: 27, status: "estimate" } },
      notes: {},
    });
    expect(total).toMatchObject({ kind: "level", unit: "htx", note: "số liệu Sở KH&ĐT" });
    expect(share).toMatchObject({ kind: "share", unit: "percent", group: "Nâng cao hiệu quả" });
    expect(share?.series[WHOLE_AREA]?.actual).toEqual({
      "2024": { value: 62.5, status: "final" },
      "2025": { value: 66, status: "estimate" },
    });
    expect(revenue).toMatchObject({ unit: "dong" });
    expect(revenue?.series[WHOLE_AREA]?.plan["2024"]).toEqual({ bound: "exact", value: 1_200_000_000 });
    expect(revenue?.series[WHOLE_AREA]?.actual["2024"]).toEqual({ value: 1_250_500_000, status: "final" });
    expect(models?.series[WHOLE_AREA]?.total).toEqual({ bound: "range", min: 15, max: 20 });
    // The whole lot is one edit the domain accepts, and its inverse empties the plan again.
    const plan = { ...blankPlan("p", "2026-01-01T00:00:00Z", 2024), endYear: 2025 };
    const edit = {
      type: "batch" as const,
      edits: built.indicators.map((indicator, index) => ({
        type: "addIndicator" as const,
        indicator,
        index,
      })),
    };
    const r = applyEdit(plan, edit);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(Plan.safeParse(r.plan).success).toBe(true);
    expect(r.plan.indicators).toHaveLength(5);
    const back = applyEdit(r.plan, r.inverse);
    expect(back.ok && back.plan.indicators).toEqual([]);
  });

  it("values an existing plan cannot hold are listed with their cell, the rest goes in", async () => {
    const p = await trackingPreview();
    const choices = guessedChoices(p.lines);
    // A plan of 2025–2029: the 2024 actuals become the baseline, the 2024 plans are outside it.
    const built = indicatorsFromPreview(
      p,
      choices,
      { startYear: 2025, endYear: 2029, reporting: "yearly" },
      {
        area: WHOLE_AREA,
        newId: () => crypto.randomUUID(),
        source: "bieu.xlsx",
      },
    );
    expect(built.refusals.filter((r) => r.address === "Biểu 1!D8")).toEqual([
      { address: "Biểu 1!D8", row: 7, problem: "periodOutsidePlan" },
    ]);
    const founded = built.indicators[0];
    expect(founded?.baselineYear).toBe(2024);
    expect(founded?.series[WHOLE_AREA]?.baseline).toBe(22);
    // A share over 100% is refused with its cell, not stored.
    const over = new Map(choices);
    const revenueRow = [...over.keys()][3] as number;
    over.set(revenueRow, { include: true, unit: "percent", factor: 1, kind: "share" });
    const b2 = indicatorsFromPreview(
      p,
      over,
      { startYear: 2024, endYear: 2025, reporting: "yearly" },
      { area: WHOLE_AREA, newId: () => "x", source: "" },
    );
    expect(b2.refusals.map((r) => [r.address, r.problem])).toEqual([
      ["Biểu 1!D12", "shareOver100"],
      ["Biểu 1!E12", "shareOver100"],
      ["Biểu 1!G12", "shareOver100"],
    ]);
    // Rows left out are not built.
    const none = new Map([...choices].map(([k, v]) => [k, { ...v, include: false }]));
    expect(
      indicatorsFromPreview(
        p,
        none,
        { startYear: 2024, endYear: 2025, reporting: "yearly" },
        { area: WHOLE_AREA, newId: () => "x", source: "" },
      ).indicators,
    ).toEqual([]);
  });
});
