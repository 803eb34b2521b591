// Demonstration plan with INVENTED figures, so that charts and reports have something to show.
// Marked "minh họa" (illustrative) in its title and by `illustrative: true` wherever it appears.
// Targets follow Trà Vinh's programme (298/QĐ-UBND); sub-areas, baselines and actuals are made up.
import type { Actual, Indicator, Plan, Series, Target } from "../domain/schema";
import { exact, range } from "./build";
import { traVinh2021 } from "./traVinh2021";

const AREAS = [
  { id: "tra-cu", code: "", name: "Huyện Trà Cú", groupId: null },
  { id: "cang-long", code: "", name: "Huyện Càng Long", groupId: null },
  { id: "con-lai", code: "", name: "Các huyện, thị xã, thành phố còn lại", groupId: null },
];
const YEARS = [2021, 2022, 2023, 2024, 2025];
/** "khoảng 20 - 30%" as the programme writes it (indicator 9). */
const aboutRange = (min: number, max: number): Target => ({ bound: "range", min, max, about: true });

/** An actual: a number, or [numerator, denominator] for shares. The last year is an estimate. */
type Raw = number | [number, number] | null;

function actuals(values: readonly Raw[]): Record<string, Actual> {
  const out: Record<string, Actual> = {};
  values.forEach((v, i) => {
    if (v === null) return;
    const status = i === YEARS.length - 1 ? "estimate" : "final";
    const year = String(YEARS[i]);
    if (typeof v === "number") out[year] = { value: v, status };
    else out[year] = { value: (v[0] / v[1]) * 100, status, numerator: v[0], denominator: v[1] };
  });
  return out;
}

function s(
  total: Target | null,
  perYear: Target | null,
  baseline: number | null,
  values: readonly Raw[],
): Series {
  const plan: Record<string, Target> = {};
  if (perYear) for (const y of YEARS) plan[String(y)] = perYear;
  return { baseline, total, plan, actual: actuals(values), notes: {} };
}

/** Figures per indicator code: one series per sub-area, in the order of AREAS. */
const FIGURES: Record<string, Series[]> = {
  "1": [
    s({ bound: "atLeast", value: 100 }, exact(20), null, [18, 22, 19, 21, 20]),
    s({ bound: "atLeast", value: 75 }, exact(15), null, [12, 14, 15, 13, 16]),
    s({ bound: "atLeast", value: 75 }, exact(15), null, [10, 11, 13, 12, 14]),
  ],
  "2": [
    s(exact(20), exact(4), null, [3, 5, 4, 4, 5]),
    s(exact(15), exact(3), null, [2, 3, 3, 4, 3]),
    s(exact(15), exact(3), null, [2, 2, 3, 2, 3]),
  ],
  "3": [
    s(exact(1), null, null, [0, 0, 1, 0, 0]),
    s(range(0, 1), null, null, [0, 0, 0, 0, 1]),
    s(exact(0), null, null, [0, 0, 0, 0, 0]),
  ],
  "4": [
    s(range(15, 20), null, 4200, [4870, 5600, 6350, 7310, 8400]),
    s(range(15, 20), null, 3100, [3480, 3950, 4500, 5080, 5750]),
    s(range(15, 20), null, 2700, [3200, 3800, 4450, 5300, 6250]),
  ],
  "5": [
    s(exact(100), null, 60, [
      [11, 15],
      [12, 15],
      [13, 15],
      [14, 15],
      [15, 15],
    ]),
    s(exact(100), null, 62, [
      [9, 13],
      [10, 13],
      [11, 13],
      [11, 13],
      [12, 13],
    ]),
    s(exact(100), null, 55, [
      [30, 52],
      [34, 52],
      [38, 52],
      [42, 52],
      [46, 52],
    ]),
  ],
  "6": [
    s(exact(100), null, 0, [
      [0, 1],
      [0, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]),
    s(exact(100), null, 0, [
      [0, 1],
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
    ]),
    s(exact(100), null, 0, [
      [1, 7],
      [2, 7],
      [3, 7],
      [4, 7],
      [5, 7],
    ]),
  ],
  "7": [
    s({ bound: "atLeast", value: 60 }, null, 41, [
      [52, 118],
      [60, 121],
      [70, 124],
      [78, 126],
      [84, 128],
    ]),
    s({ bound: "atLeast", value: 60 }, null, 45, [
      [44, 92],
      [50, 95],
      [55, 96],
      [59, 97],
      [62, 98],
    ]),
    s({ bound: "atLeast", value: 60 }, null, 38, [
      [110, 270],
      [125, 276],
      [140, 281],
      [152, 285],
      [160, 290],
    ]),
  ],
  "8": [
    s(exact(100), null, 70, [
      [150, 190],
      [165, 195],
      [180, 198],
      [190, 200],
      [198, 202],
    ]),
    s(exact(100), null, 72, [
      [110, 140],
      [118, 142],
      [126, 144],
      [132, 145],
      [138, 146],
    ]),
    s(exact(100), null, 65, [
      [260, 390],
      [290, 395],
      [320, 400],
      [350, 405],
      [370, 410],
    ]),
  ],
  "9": [
    s(aboutRange(20, 30), null, 12, [
      [1400, 10000],
      [1650, 10200],
      [1900, 10400],
      [2150, 10500],
      [2400, 10600],
    ]),
    s(aboutRange(20, 30), null, 10, [
      [900, 8000],
      [1050, 8100],
      [1250, 8200],
      [1400, 8300],
      [1600, 8400],
    ]),
    s(aboutRange(20, 30), null, 9, [
      [2000, 22000],
      [2400, 22500],
      [2900, 23000],
      [3400, 23500],
      [3900, 24000],
    ]),
  ],
};

function withFigures(ind: Indicator): Indicator {
  const areaSeries = FIGURES[ind.code] ?? [];
  const series: Record<string, Series> = {};
  AREAS.forEach((a, i) => {
    const one = areaSeries[i];
    if (one) series[a.id] = one;
  });
  return { ...ind, id: ind.id.replace(/^tv21/, "demo"), baselineYear: 2020, series };
}

export const demoTraVinh: Plan = {
  ...traVinh2021,
  id: "6f0c1a52-3f7e-4c1b-9d0a-0b1c2d3e4f05",
  title: "Trà Vinh 2021–2025 — số liệu minh họa",
  baselineYear: 2020,
  subAreas: AREAS,
  notes:
    "Kế hoạch minh họa: chỉ tiêu theo QĐ 298/QĐ-UBND của UBND tỉnh Trà Vinh; chia theo địa bàn, số liệu năm gốc và số liệu thực hiện là số liệu giả định để minh họa biểu đồ và báo cáo, không phải số liệu thật.",
  illustrative: true,
  templateId: "demo-tra-vinh-2021-2025",
  indicators: traVinh2021.indicators.map(withFigures),
};
