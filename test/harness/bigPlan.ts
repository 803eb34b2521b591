// A large generated plan for looking at the grid under load (and later for `npm run bench`):
// n indicators × m years × k sub-areas, plan and actual filled, deterministic (a seeded generator)
// so that two runs measure the same plan. Pure: no DOM.
import type { Actual, Indicator, IndicatorKind, Plan, Series, Target, Unit } from "../../src/domain/schema";

export interface BigPlanSize {
  indicators: number;
  years: number;
  subAreas: number;
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KINDS: readonly [IndicatorKind, Unit][] = [
  ["amount", "htx"],
  ["amount", "people"],
  ["level", "htx"],
  ["share", "percent"],
  ["growth", "people"],
];

export function generatePlan(size: BigPlanSize, seed = 42): Plan {
  const rnd = random(seed);
  const startYear = 2026;
  const endYear = startYear + size.years - 1;
  const subAreas = Array.from({ length: size.subAreas }, (_, i) => ({
    id: `xa-${i + 1}`,
    name: `Xã ${i + 1}`,
  }));
  const indicators: Indicator[] = Array.from({ length: size.indicators }, (_, i) => {
    const [kind, unit] = KINDS[i % KINDS.length] as [IndicatorKind, Unit];
    const series: Record<string, Series> = {};
    for (const area of subAreas) series[area.id] = seriesFor(kind, size.years, startYear, rnd);
    return {
      id: `ind-${i + 1}`,
      code: `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      group: `Nhóm chỉ tiêu ${Math.floor(i / 25) + 1}`,
      name: `Chỉ tiêu thử nghiệm số ${i + 1} về phát triển hợp tác xã`,
      unit,
      kind,
      direction: "higher",
      baselineYear: null,
      agency: "Sở Tài chính",
      source: "",
      note: "",
      series,
    };
  });
  return {
    id: "00000000-0000-4000-8000-000000000300",
    title: `Kế hoạch thử tải: ${size.indicators} chỉ tiêu × ${size.years} năm × ${size.subAreas} xã`,
    documentType: "programme",
    province: "vinh-long",
    issuingBody: "",
    legalRef: { number: "", date: null },
    startYear,
    endYear,
    baselineYear: startYear - 1,
    reporting: "yearly",
    moneyScale: "million",
    subAreas,
    notes: "",
    illustrative: true,
    templateId: null,
    indicators,
    tasks: [],
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  };
}

function seriesFor(kind: IndicatorKind, years: number, startYear: number, rnd: () => number): Series {
  const plan: Record<string, Target> = {};
  const actual: Record<string, Actual> = {};
  const baseline = kind === "share" ? Math.round(rnd() * 50) : Math.round(100 + rnd() * 900);
  for (let i = 0; i < years; i++) {
    const year = String(startYear + i);
    const status = i === years - 1 ? "estimate" : "final";
    if (kind === "amount") {
      const p = 5 + Math.floor(rnd() * 20);
      plan[year] = { bound: "exact", value: p };
      actual[year] = { value: Math.max(0, p + Math.floor(rnd() * 7) - 3), status };
    } else if (kind === "share") {
      const p = Math.min(100, baseline + ((100 - baseline) * (i + 1)) / years);
      plan[year] = { bound: "atLeast", value: Math.round(p) };
      const den = 50 + Math.floor(rnd() * 50);
      const num = Math.min(den, Math.round((den * Math.min(100, p + rnd() * 10 - 5)) / 100));
      actual[year] = { value: (num / den) * 100, status, numerator: num, denominator: den };
    } else if (kind === "level") {
      const p = Math.round(baseline * (1 + 0.05 * (i + 1)));
      plan[year] = { bound: "exact", value: p };
      actual[year] = { value: Math.round(p * (0.9 + rnd() * 0.2)), status };
    } else {
      plan[year] = { bound: "range", min: 5, max: 7 };
      actual[year] = { value: Math.round(baseline * (1.05 + rnd() * 0.02) ** (i + 1)), status };
    }
  }
  return { baseline, total: null, plan, actual, notes: {} };
}
