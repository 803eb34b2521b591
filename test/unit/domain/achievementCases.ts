// Hand-computed cases of the figures a planner shows (DECISIONS.md "Achievement", "Status", "Sub-areas"):
// each row gives the indicator as typed and the figures expected, with a one-line reason. The
// programme runs 2021–2025 (5 years); the baseline refers to 2020 (t = 0) unless baselineYear says.
// Ratios: 1 = 100%. pace: per period (year or half-year) and how many periods are left.
import type {
  Actual,
  Direction,
  Indicator,
  IndicatorKind,
  Plan,
  Reporting,
  Series,
  Target,
  Unit,
} from "../../../src/domain/schema";
import type { StatusBasis } from "../../../src/domain/figures";
import type { Status } from "../../../src/domain/status";

export interface AreaInput {
  baseline?: number | null;
  total?: Target | null;
  plan?: Record<string, Target>;
  /** Value, or [value, "estimate"]. */
  actual?: Record<string, number | [number, "estimate"]>;
}

export interface AchievementCase {
  reason: string;
  kind: IndicatorKind;
  direction?: Direction;
  unit?: Unit;
  reporting?: Reporting;
  baselineYear?: number;
  basis?: StatusBasis;
  /** One series (a plan without sub-areas), or several sub-areas. */
  series: AreaInput | AreaInput[];
  expect: {
    planShare: number | null;
    gain: number | null;
    status: Status;
    forecast: number | null;
    pace: { perPeriod: number; per: "year" | "halfYear"; periods: number } | null;
    coverage?: string;
    missing?: string[];
  };
}

const n = (value: number): Target => ({ bound: "exact", value });
const about = (value: number): Target => ({ bound: "about", value });
const atLeast = (value: number): Target => ({ bound: "atLeast", value });
const moreThan = (value: number): Target => ({ bound: "moreThan", value });
const atMost = (value: number): Target => ({ bound: "atMost", value });
const range = (min: number, max: number): Target => ({ bound: "range", min, max });
const tenAYear = { "2021": n(10), "2022": n(10), "2023": n(10), "2024": n(10), "2025": n(10) };

export const ACHIEVEMENT_CASES: AchievementCase[] = [
  {
    reason:
      "issue: khoảng 200 LHHTX, baseline 100 in 2021, 118 (ước) in 2022: plan 125, gain 18/25 = 72% → off track",
    kind: "level",
    unit: "lhhtx",
    baselineYear: 2021,
    series: { baseline: 100, total: about(200), actual: { "2022": [118, "estimate"] } },
    expect: {
      planShare: 118 / 125,
      gain: 0.72,
      status: "offTrack",
      forecast: 172,
      pace: { perPeriod: 82 / 3, per: "year", periods: 3 },
    },
  },
  {
    reason: "issue: the same plan judged on đạt % KH (the plan's setting): 94,4% → at risk",
    kind: "level",
    unit: "lhhtx",
    baselineYear: 2021,
    basis: "planShare",
    series: { baseline: 100, total: about(200), actual: { "2022": [118, "estimate"] } },
    expect: {
      planShare: 118 / 125,
      gain: 0.72,
      status: "atRisk",
      forecast: 172,
      pace: { perPeriod: 82 / 3, per: "year", periods: 3 },
    },
  },
  {
    reason: "issue: khoảng 35.000 HTX from 27.000, 31.600 at the target year: 57,5% of the gain → off track",
    kind: "level",
    series: { baseline: 27000, total: about(35000), actual: { "2025": 31600 } },
    expect: { planShare: 31600 / 35000, gain: 0.575, status: "offTrack", forecast: 31600, pace: null },
  },
  {
    reason: "'about' at its year lowers the on-track line to 90% of the gain: 7.200/8.000 = 90% → on track",
    kind: "level",
    series: { baseline: 27000, total: about(35000), actual: { "2025": 34200 } },
    expect: { planShare: 34200 / 35000, gain: 0.9, status: "onTrack", forecast: 34200, pace: null },
  },
  {
    reason: "'about' at its year, 85% of the gain: between 80% and 90% → at risk",
    kind: "level",
    series: { baseline: 27000, total: about(35000), actual: { "2025": 33800 } },
    expect: { planShare: 33800 / 35000, gain: 0.85, status: "atRisk", forecast: 33800, pace: null },
  },
  {
    reason:
      "'about' does not hold in between: 118 against the plain path value 120 is 90% of the gain → at risk",
    kind: "level",
    series: { baseline: 100, total: about(200), actual: { "2021": 118 } },
    expect: {
      planShare: 118 / 120,
      gain: 0.9,
      status: "atRisk",
      forecast: 190,
      pace: { perPeriod: 20.5, per: "year", periods: 4 },
    },
  },
  {
    reason: "issue: 'trên 15' exactly on its path in 2022 (9) is on track: in-between values are plain",
    kind: "level",
    series: { baseline: 5, total: moreThan(15), actual: { "2022": 9 } },
    expect: {
      planShare: 1,
      gain: 1,
      status: "onTrack",
      forecast: 15,
      pace: { perPeriod: 2, per: "year", periods: 3 },
    },
  },
  {
    reason: "'trên 15' at its year needs more than 100%: exactly 15 → at risk",
    kind: "level",
    series: { baseline: 5, total: moreThan(15), actual: { "2025": 15 } },
    expect: { planShare: 1, gain: 1, status: "atRisk", forecast: 15, pace: null },
  },
  {
    reason: "'trên 15' at its year with 16: 110% of the gain → on track",
    kind: "level",
    series: { baseline: 5, total: moreThan(15), actual: { "2025": 16 } },
    expect: { planShare: 16 / 15, gain: 1.1, status: "onTrack", forecast: 16, pace: null },
  },
  {
    reason: "'ít nhất 20' is met at 100%",
    kind: "level",
    series: { baseline: 10, total: atLeast(20), actual: { "2025": 20 } },
    expect: { planShare: 1, gain: 1, status: "onTrack", forecast: 20, pace: null },
  },
  {
    reason: "at-risk line: exactly 80% of the gain → at risk",
    kind: "level",
    unit: "ha",
    series: { baseline: 0, total: n(10), actual: { "2025": 8 } },
    expect: { planShare: 0.8, gain: 0.8, status: "atRisk", forecast: 8, pace: null },
  },
  {
    reason: "below the at-risk line: 79% of the gain → off track",
    kind: "level",
    unit: "ha",
    series: { baseline: 0, total: n(10), actual: { "2025": 7.9 } },
    expect: { planShare: 0.79, gain: 0.79, status: "offTrack", forecast: 7.9, pace: null },
  },
  {
    reason:
      "issue: 'giảm từ 50 xuống 30' typed as higher-is-better: wrong side of the baseline → check the target, never on track",
    kind: "level",
    series: { baseline: 50, total: n(30), actual: { "2022": 45 } },
    expect: {
      planShare: 45 / 42,
      gain: null,
      status: "checkTarget",
      forecast: 37.5,
      pace: { perPeriod: -5, per: "year", periods: 3 },
    },
  },
  {
    reason:
      "the same with the direction flipped: (50 − 45) ÷ (50 − 42) = 62,5% → off track; đạt % KH = 42 ÷ 45",
    kind: "level",
    direction: "lower",
    series: { baseline: 50, total: n(30), actual: { "2022": 45 } },
    expect: {
      planShare: 42 / 45,
      gain: 0.625,
      status: "offTrack",
      forecast: 37.5,
      pace: { perPeriod: -5, per: "year", periods: 3 },
    },
  },
  {
    reason: "lower-is-better with a target above the baseline: wrong side → check the target",
    kind: "level",
    direction: "lower",
    series: { baseline: 10, total: n(20), actual: { "2022": 12 } },
    expect: {
      planShare: 14 / 12,
      gain: null,
      status: "checkTarget",
      forecast: 15,
      pace: { perPeriod: 8 / 3, per: "year", periods: 3 },
    },
  },
  {
    reason: "issue: a falling level never forecasts below zero (5 − 15 × 4 → 0)",
    kind: "level",
    direction: "lower",
    series: { baseline: 20, total: n(10), actual: { "2021": 5 } },
    expect: {
      planShare: 18 / 5,
      gain: 7.5,
      status: "onTrack",
      forecast: 0,
      pace: { perPeriod: 1.25, per: "year", periods: 4 },
    },
  },
  {
    reason: "issue: a count of LHHTX forecasts 3,25 exactly (shown whole); 3 against the path 4,4",
    kind: "level",
    unit: "lhhtx",
    series: { baseline: 2, total: n(5), actual: { "2024": 3 } },
    expect: {
      planShare: 3 / 4.4,
      gain: 1 / 2.4,
      status: "offTrack",
      forecast: 3.25,
      pace: { perPeriod: 2, per: "year", periods: 1 },
    },
  },
  {
    reason: "issue: an amount that should fall uses plan ÷ actual: 2 ÷ 25 = 8%, not −1.050%",
    kind: "amount",
    direction: "lower",
    series: {
      plan: { "2021": n(2), "2022": n(2), "2023": n(2), "2024": n(2), "2025": n(2) },
      actual: { "2021": 25 },
    },
    expect: {
      planShare: 0.08,
      gain: null,
      status: "offTrack",
      forecast: 125,
      pace: { perPeriod: -3.75, per: "year", periods: 4 },
    },
  },
  {
    reason: "an amount that should fall with an actual of 0 meets it (no ratio to show)",
    kind: "amount",
    direction: "lower",
    series: {
      plan: { "2021": n(2), "2022": n(2), "2023": n(2), "2024": n(2), "2025": n(2) },
      actual: { "2021": 0 },
    },
    expect: {
      planShare: null,
      gain: null,
      status: "onTrack",
      forecast: 0,
      pace: { perPeriod: 2.5, per: "year", periods: 4 },
    },
  },
  {
    reason: "an amount that should fall, 1 against 2: plan ÷ actual = 200% → on track",
    kind: "amount",
    direction: "lower",
    series: {
      plan: { "2021": n(2), "2022": n(2), "2023": n(2), "2024": n(2), "2025": n(2) },
      actual: { "2021": 1 },
    },
    expect: {
      planShare: 2,
      gain: null,
      status: "onTrack",
      forecast: 5,
      pace: { perPeriod: 2.25, per: "year", periods: 4 },
    },
  },
  {
    reason: "amounts: cumulative 29 against 30 → 96,7%, at risk; pace 29/3 a year continues",
    kind: "amount",
    series: { total: n(50), actual: { "2021": 8, "2022": 12, "2023": 9 } },
    expect: {
      planShare: 29 / 30,
      gain: null,
      status: "atRisk",
      forecast: 29 + (29 / 3) * 2,
      pace: { perPeriod: 10.5, per: "year", periods: 2 },
    },
  },
  {
    reason: "issue: an empty 2022 before 2023 is missing, not 0: 17 against the plans of 2021 and 2023 (20)",
    kind: "amount",
    series: { total: n(50), actual: { "2021": 8, "2023": 9 } },
    expect: {
      planShare: 0.85,
      gain: null,
      status: "atRisk",
      forecast: 42.5,
      pace: { perPeriod: 16.5, per: "year", periods: 2 },
      missing: ["2022"],
    },
  },
  {
    reason: "an estimate counts and is uncapped: 24 against 20 = 120%",
    kind: "amount",
    series: { total: n(50), actual: { "2021": 10, "2022": [14, "estimate"] } },
    expect: {
      planShare: 1.2,
      gain: null,
      status: "onTrack",
      forecast: 60,
      pace: { perPeriod: 26 / 3, per: "year", periods: 3 },
    },
  },
  {
    reason:
      "'khoảng 50' over the programme, 46 at the end: the total as written at its year, 92% ≥ 90% → on track",
    kind: "amount",
    series: { total: about(50), actual: { "2021": 10, "2022": 10, "2023": 10, "2024": 8, "2025": 8 } },
    expect: { planShare: 0.92, gain: null, status: "onTrack", forecast: 46, pace: null },
  },
  {
    reason: "'khoảng 50' split 10 a year is plain in 2021: 9 of 10 = 90% → at risk",
    kind: "amount",
    series: { total: about(50), actual: { "2021": 9 } },
    expect: {
      planShare: 0.9,
      gain: null,
      status: "atRisk",
      forecast: 45,
      pace: { perPeriod: 10.25, per: "year", periods: 4 },
    },
  },
  {
    reason: "'ít nhất 50' reached exactly at the end → on track",
    kind: "amount",
    series: { total: atLeast(50), actual: { "2021": 10, "2022": 10, "2023": 10, "2024": 10, "2025": 10 } },
    expect: { planShare: 1, gain: null, status: "onTrack", forecast: 50, pace: null },
  },
  {
    reason: "a year planned at 0 with 2 founded: no ratio, the plan is met → on track",
    kind: "amount",
    series: { plan: { "2021": n(0) }, actual: { "2021": 2 } },
    expect: { planShare: null, gain: null, status: "onTrack", forecast: 10, pace: null },
  },
  {
    reason: "'tối đa 10' (lower) reached at the end: 10 of at most 10 → on track",
    kind: "amount",
    direction: "lower",
    series: { total: atMost(10), actual: { "2021": 2, "2022": 2, "2023": 2, "2024": 2, "2025": 2 } },
    expect: { planShare: 1, gain: null, status: "onTrack", forecast: 10, pace: null },
  },
  {
    reason: "a share with a baseline on its path (40 → 60): 48 in 2022 = 100% of both",
    kind: "share",
    unit: "percent",
    series: { baseline: 40, total: n(60), actual: { "2021": 43, "2022": 48 } },
    expect: {
      planShare: 1,
      gain: 1,
      status: "onTrack",
      forecast: 60,
      pace: { perPeriod: 4, per: "year", periods: 3 },
    },
  },
  {
    reason: "a share without a baseline has no path: 45 against the end target 60 = 75% → off track",
    kind: "share",
    unit: "percent",
    series: { total: n(60), actual: { "2022": 45 } },
    expect: {
      planShare: 0.75,
      gain: null,
      status: "offTrack",
      forecast: null,
      pace: { perPeriod: 5, per: "year", periods: 3 },
    },
  },
  {
    reason: "a share's forecast stays within 100%",
    kind: "share",
    unit: "percent",
    series: { baseline: 50, total: n(90), actual: { "2021": 80 } },
    expect: {
      planShare: 80 / 58,
      gain: 3.75,
      status: "onTrack",
      forecast: 100,
      pace: { perPeriod: 2.5, per: "year", periods: 4 },
    },
  },
  {
    reason: "a share that should fall: (30 − 14) ÷ (30 − 10) = 80% → at risk; đạt % KH 10 ÷ 14",
    kind: "share",
    unit: "percent",
    direction: "lower",
    series: { baseline: 30, total: atMost(10), actual: { "2025": 14 } },
    expect: { planShare: 10 / 14, gain: 0.8, status: "atRisk", forecast: 14, pace: null },
  },
  {
    reason: "a range 15–20 is met from its near end (15)",
    kind: "level",
    series: { baseline: 10, total: range(15, 20), actual: { "2025": 15 } },
    expect: { planShare: 1, gain: 1, status: "onTrack", forecast: 15, pace: null },
  },
  {
    reason: "a range 15–20 that should fall is met up to its far end (20)",
    kind: "level",
    direction: "lower",
    series: { baseline: 30, total: range(15, 20), actual: { "2025": 20 } },
    expect: { planShare: 1, gain: 1, status: "onTrack", forecast: 20, pace: null },
  },
  {
    reason:
      "Trà Vinh's 'khoảng 20–30%' (an approximate range): 19 from 10 is 90% of the gain to its near end → on track",
    kind: "share",
    unit: "percent",
    series: {
      baseline: 10,
      total: { bound: "range", min: 20, max: 30, about: true },
      actual: { "2025": 19 },
    },
    expect: { planShare: 0.95, gain: 0.9, status: "onTrack", forecast: 19, pace: null },
  },
  {
    reason: "the same range without 'khoảng': 90% of the gain → at risk",
    kind: "share",
    unit: "percent",
    series: { baseline: 10, total: range(20, 30), actual: { "2025": 19 } },
    expect: { planShare: 0.95, gain: 0.9, status: "atRisk", forecast: 19, pace: null },
  },
  {
    reason: "a range 15–20 not reached at its year: 14 → 80% of the gain → at risk",
    kind: "level",
    series: { baseline: 10, total: range(15, 20), actual: { "2025": 14 } },
    expect: { planShare: 14 / 15, gain: 0.8, status: "atRisk", forecast: 14, pace: null },
  },
  {
    reason: "issue: growth whose baseline year is the first year: the plan that year is the baseline → 100%",
    kind: "growth",
    baselineYear: 2021,
    series: { baseline: 1000, total: n(10), actual: { "2021": 1000 } },
    expect: {
      planShare: 1,
      gain: null,
      status: "onTrack",
      forecast: null,
      pace: { perPeriod: 10, per: "year", periods: 4 },
    },
  },
  {
    reason: "growth +15–20% on 1.000: 1.120 against the plain path 1.150 → 80% of the gain → at risk",
    kind: "growth",
    series: { baseline: 1000, total: range(15, 20), actual: { "2021": 1120 } },
    expect: {
      planShare: 1120 / 1150,
      gain: 0.8,
      status: "atRisk",
      forecast: 1120 * Math.pow(1.12, 4),
      pace: {
        perPeriod: (Math.pow((1000 * Math.pow(1.15, 5)) / 1120, 1 / 4) - 1) * 100,
        per: "year",
        periods: 4,
      },
    },
  },
  {
    reason: "growth without a baseline has no planned path → no data",
    kind: "growth",
    series: { baseline: null, total: n(10), actual: { "2021": 1000 } },
    expect: { planShare: null, gain: null, status: "noData", forecast: null, pace: null },
  },
  {
    reason: "a level without a baseline is measured against the end target: 150 of 200 → off track",
    kind: "level",
    series: { total: n(200), actual: { "2022": 150 } },
    expect: {
      planShare: 0.75,
      gain: null,
      status: "offTrack",
      forecast: null,
      pace: { perPeriod: 50 / 3, per: "year", periods: 3 },
    },
  },
  {
    reason: "a level whose baseline year is the first year, reported at the baseline: 100% of the plan",
    kind: "level",
    baselineYear: 2021,
    series: { baseline: 100, total: n(200), actual: { "2021": 100 } },
    expect: {
      planShare: 1,
      gain: null,
      status: "onTrack",
      forecast: null,
      pace: { perPeriod: 25, per: "year", periods: 4 },
    },
  },
  {
    reason: "half-year level: H1 plan is the midpoint 167 of 160 → 174; pace per half-year over 9 half-years",
    kind: "level",
    reporting: "halfYearly",
    series: { baseline: 160, total: n(230), plan: { "2021": n(174) }, actual: { "2021-H1": 167 } },
    expect: {
      planShare: 1,
      gain: 1,
      status: "onTrack",
      forecast: 230,
      pace: { perPeriod: 7, per: "halfYear", periods: 9 },
    },
  },
  {
    reason:
      "issue: half-yearly amount, 16 still needed in the last half-year reads per half-year, not '16/yr over 0,5 yr'",
    kind: "amount",
    reporting: "halfYearly",
    series: {
      total: n(50),
      actual: { "2021": 8, "2022": 8, "2023": 8, "2024": 8, "2025-H1": 2 },
    },
    expect: {
      planShare: 34 / 45,
      gain: null,
      status: "offTrack",
      forecast: 34 + (34 / 4.5) * 0.5,
      pace: { perPeriod: 16, per: "halfYear", periods: 1 },
    },
  },
  {
    reason: "half-yearly amount, H1 judged pro rata: 4 of half of 10 = 80% → at risk",
    kind: "amount",
    reporting: "halfYearly",
    series: { total: n(50), actual: { "2021-H1": 4 } },
    expect: {
      planShare: 0.8,
      gain: null,
      status: "atRisk",
      forecast: 40,
      pace: { perPeriod: 46 / 9, per: "halfYear", periods: 9 },
    },
  },
  {
    reason: "issue: whole plan with 2 of 3 sub-areas reporting compares like with like: 20 against their 20",
    kind: "amount",
    series: [
      { plan: tenAYear, actual: { "2021": 9 } },
      { plan: tenAYear, actual: { "2021": 11 } },
      { plan: tenAYear },
    ],
    expect: {
      planShare: 1,
      gain: null,
      status: "onTrack",
      forecast: 100,
      pace: { perPeriod: 20, per: "year", periods: 4 },
      coverage: "2/3",
    },
  },
  {
    reason: "whole-plan levels: the reporting sub-areas' baselines and plans (30 → 34), gain 100%",
    kind: "level",
    series: [
      { baseline: 10, total: n(20), actual: { "2021": 12 } },
      { baseline: 20, total: n(30), actual: { "2021": 22 } },
      { baseline: 30, total: n(40) },
    ],
    expect: {
      planShare: 1,
      gain: 1,
      status: "onTrack",
      forecast: 20 + 30,
      pace: { perPeriod: (50 - 34) / 4, per: "year", periods: 4 },
      coverage: "2/3",
    },
  },
  {
    reason: "whole-plan share without numerator and denominator in every sub-area has no value",
    kind: "share",
    unit: "percent",
    series: [
      { baseline: 40, total: n(60), actual: { "2021": 45 } },
      { baseline: 40, total: n(60) },
    ],
    expect: { planShare: null, gain: null, status: "noData", forecast: null, pace: null },
  },
];

function series(a: AreaInput): Series {
  const actual: Record<string, Actual> = {};
  for (const [k, v] of Object.entries(a.actual ?? {})) {
    actual[k] = Array.isArray(v) ? { value: v[0], status: "estimate" } : { value: v, status: "final" };
  }
  return { baseline: a.baseline ?? null, total: a.total ?? null, plan: a.plan ?? {}, actual, notes: {} };
}

/** The plan (2021–2025, sub-areas "Xã 1…" when several series) and indicator of a case. */
export function casePlan(c: AchievementCase): { plan: Plan; ind: Indicator } {
  const areas = Array.isArray(c.series) ? c.series : null;
  const subAreas = areas
    ? areas.map((_, i) => ({ id: `a${i}`, code: "", name: `Xã ${i + 1}`, groupId: null }))
    : [];
  const ind: Indicator = {
    id: "i1",
    code: "1",
    group: "",
    name: c.reason,
    unit: c.unit ?? "htx",
    kind: c.kind,
    direction: c.direction ?? "higher",
    baselineYear: c.baselineYear ?? null,
    agency: "",
    source: "",
    note: "",
    series: areas
      ? Object.fromEntries(areas.map((a, i) => [`a${i}`, series(a)]))
      : { all: series(c.series as AreaInput) },
  };
  const plan: Plan = {
    id: "p",
    title: "Cases",
    documentType: "plan" as const,
    province: "tra-vinh",
    issuingBody: "",
    legalRef: { number: "", date: null },
    startYear: 2021,
    endYear: 2025,
    baselineYear: null,
    reporting: c.reporting ?? "yearly",
    moneyScale: "million",
    subAreas,
    subAreaGroups: [],
    notes: "",
    illustrative: false,
    templateId: null,
    indicators: [ind],
    tasks: [],
    createdAt: "",
    updatedAt: "",
    statusBasis: c.basis ?? "gain",
  };
  return { plan, ind };
}
