// Large plans for the bench and for tests: N indicators × Y years × S sub-areas, plan and actual
// filled, deterministic for a seed (the same call gives the same plan, so timings compare across
// runs and machines). Every plan it makes passes Plan (zod) and checkPlan. Pure: no DOM, no storage.
//   generatePlan({ indicators: 300, years: 10, subAreas: 30 })   — the grid's and charts' bench plan
//   generatePlan(TEN_MB_PLAN)                                   — a plan file of about 10 MB
import type { Actual, Indicator, IndicatorKind, Plan, Series, SubArea, Target, Unit } from "../domain/schema";
import { WHOLE_AREA } from "../domain/schema";

export interface GenerateOptions {
  indicators: number;
  /** Years of the programme (1–30). */
  years: number;
  /** 0 for a plan without sub-areas (one series "all" per indicator). */
  subAreas: number;
  seed?: number;
  startYear?: number;
  reporting?: Plan["reporting"];
  /** How many years, from the start, have actuals; all by default. The last one is an estimate. */
  yearsWithActuals?: number;
}

/** Dimensions whose plan file (pretty-printed) is about 10 MB. */
export const TEN_MB_PLAN: GenerateOptions = { indicators: 140, years: 10, subAreas: 30, seed: 10 };
/** The plan other features measure against: 300 indicators × 10 years × 30 sub-areas. */
export const BIG_PLAN: GenerateOptions = { indicators: 300, years: 10, subAreas: 30, seed: 300 };

/** mulberry32: a tiny seeded generator, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Shape {
  kind: IndicatorKind;
  unit: Unit;
  name: string;
  group: string;
}

const SHAPES: readonly Shape[] = [
  { kind: "amount", unit: "htx", name: "Số HTX thành lập mới", group: "Phát triển tổ chức" },
  { kind: "level", unit: "people", name: "Tổng số thành viên HTX", group: "Thành viên" },
  { kind: "share", unit: "percent", name: "Tỷ lệ HTX xếp loại khá, tốt", group: "Chất lượng hoạt động" },
  { kind: "growth", unit: "people", name: "Tốc độ tăng thành viên, người lao động", group: "Thành viên" },
  { kind: "amount", unit: "personTimes", name: "Lượt cán bộ HTX được đào tạo", group: "Đào tạo" },
  { kind: "level", unit: "dong", name: "Doanh thu bình quân của HTX", group: "Hiệu quả" },
];

const PLACES = ["An Phú", "Bình Minh", "Long Hòa", "Tân Thành", "Hòa Lợi", "Phước Hưng", "Đại Phước"];

function subAreas(n: number): SubArea[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `xa-${i + 1}`,
    code: "",
    name: `Xã ${PLACES[i % PLACES.length]} ${Math.floor(i / PLACES.length) + 1}`,
    groupId: null,
  }));
}

function periods(year: number, reporting: Plan["reporting"]): string[] {
  return reporting === "halfYearly" ? [`${year}-H1`, `${year}-H2`] : [String(year)];
}

function series(shape: Shape, years: number[], opts: Required<GenerateOptions>, rnd: () => number): Series {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const plan: Record<string, Target> = {};
  const actual: Record<string, Actual> = {};
  const lastActualYear = opts.startYear + opts.yearsWithActuals - 1;
  const status = (y: number): Actual["status"] => (y === lastActualYear ? "estimate" : "final");
  const withActuals = years.filter((y) => y <= lastActualYear);
  let baseline: number | null = null;
  let total: Target | null = null;

  switch (shape.kind) {
    case "amount": {
      let sum = 0;
      for (const y of years) {
        const v = int(1, 20);
        sum += v;
        plan[y] = { bound: "exact", value: v };
      }
      total = rnd() < 0.5 ? { bound: "exact", value: sum } : { bound: "atLeast", value: sum };
      for (const y of withActuals) {
        for (const p of periods(y, opts.reporting)) actual[p] = { value: int(0, 12), status: status(y) };
      }
      break;
    }
    case "level": {
      baseline = shape.unit === "dong" ? int(500, 900) * 1_000_000 : int(1000, 5000);
      const step = Math.max(1, Math.round(baseline * 0.05));
      years.forEach((y, i) => (plan[y] = { bound: "atLeast", value: baseline! + step * (i + 1) }));
      total = {
        bound: "range",
        min: baseline + step * years.length,
        max: baseline + step * (years.length + 2),
      };
      let level = baseline;
      for (const y of withActuals) {
        for (const p of periods(y, opts.reporting)) {
          level += int(0, 2 * step);
          actual[p] = { value: level, status: status(y) };
        }
      }
      break;
    }
    case "share": {
      baseline = int(30, 60);
      const end = int(70, 100);
      years.forEach((y, i) => {
        plan[y] = {
          bound: "exact",
          value: Math.round(baseline! + ((end - baseline!) * (i + 1)) / years.length),
        };
      });
      total = { bound: "atLeast", value: end };
      for (const y of withActuals) {
        for (const p of periods(y, opts.reporting)) {
          const denominator = int(20, 80);
          const numerator = int(0, denominator);
          actual[p] = { value: (numerator / denominator) * 100, status: status(y), numerator, denominator };
        }
      }
      break;
    }
    case "growth": {
      baseline = int(2000, 8000);
      total = { bound: "range", min: 5, max: 10 };
      for (const y of years) plan[y] = { bound: "range", min: 5, max: int(6, 10) };
      let level = baseline;
      for (const y of withActuals) {
        for (const p of periods(y, opts.reporting)) {
          level = Math.round(level * (1 + int(2, 12) / 100));
          actual[p] = { value: level, status: status(y) };
        }
      }
      break;
    }
  }
  const notes: Record<string, string> = {};
  if (rnd() < 0.1 && withActuals.length > 0) {
    notes[`actual:${periods(withActuals[0] as number, opts.reporting)[0]}`] =
      "Số liệu ước tính của phòng Kinh tế";
  }
  return { baseline, total, plan, actual, notes };
}

/** A valid plan of the given size; the same options always give the same plan. */
export function generatePlan(options: GenerateOptions): Plan {
  const opts: Required<GenerateOptions> = {
    seed: 1,
    startYear: 2021,
    reporting: "yearly",
    yearsWithActuals: options.years,
    ...options,
  };
  const rnd = random(opts.seed);
  const years = Array.from({ length: opts.years }, (_, i) => opts.startYear + i);
  const areas = subAreas(opts.subAreas);
  const areaIds = areas.length > 0 ? areas.map((a) => a.id) : [WHOLE_AREA];
  const indicators: Indicator[] = [];
  for (let i = 0; i < opts.indicators; i++) {
    const shape = SHAPES[i % SHAPES.length] as Shape;
    const byArea: Record<string, Series> = {};
    for (const id of areaIds) byArea[id] = series(shape, years, opts, rnd);
    indicators.push({
      id: `ind-${opts.seed}-${i + 1}`,
      code: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      group: shape.group,
      name: `${shape.name} (${i + 1})`,
      unit: shape.unit,
      kind: shape.kind,
      direction: "higher",
      baselineYear: null,
      agency: "Liên minh HTX tỉnh",
      source: "Số liệu sinh tự động để đo tốc độ",
      note: "",
      series: byArea,
    });
  }
  const endYear = opts.startYear + opts.years - 1;
  return {
    id: `generated-${opts.seed}-${opts.indicators}x${opts.years}x${opts.subAreas}`,
    title: `Kế hoạch sinh tự động ${opts.indicators} chỉ tiêu × ${opts.years} năm × ${opts.subAreas} xã (minh họa)`,
    documentType: "programme",
    province: "vinh-long",
    issuingBody: "UBND tỉnh",
    legalRef: { number: "", date: null },
    startYear: opts.startYear,
    endYear,
    baselineYear: opts.startYear - 1,
    reporting: opts.reporting,
    moneyScale: "million",
    subAreas: areas,
    subAreaGroups: [],
    statusBasis: "gain",
    notes: "",
    illustrative: true,
    templateId: null,
    indicators,
    tasks: [],
    createdAt: "2025-01-01T00:00:00.000Z",
    updatedAt: "2025-01-01T00:00:00.000Z",
  };
}
