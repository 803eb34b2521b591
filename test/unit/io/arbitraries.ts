// fast-check arbitraries for valid plans: every plan they make passes Plan (zod) and checkPlan, with
// sub-areas or without, yearly or half-yearly, every kind, unit and bound, parts of shares, notes,
// tasks, and text from plain Vietnamese to emoji, quotes and `<script>`. Other areas reuse them:
//   fc.assert(fc.property(arbPlan(), (plan) => …))
import fc from "fast-check";
import { PROVINCE_IDS } from "../../../src/domain/provinces";
import {
  type Actual,
  type Indicator,
  type IndicatorKind,
  type Plan,
  type Series,
  type SubArea,
  type Target,
  type Task,
  type Unit,
  IndicatorKind as IndicatorKindSchema,
  Unit as UnitSchema,
  WHOLE_AREA,
  WHOLE_UNITS,
} from "../../../src/domain/schema";

const UNITS: readonly Unit[] = UnitSchema.options;
const KINDS: readonly IndicatorKind[] = IndicatorKindSchema.options;
/** Keys the reader refuses (they could touch prototypes) and the area key of a plan without areas. */
const RESERVED = new Set(["__proto__", "constructor", "prototype", WHOLE_AREA]);

const PHRASES = [
  "Phát triển HTX kiểu mới",
  "Liên minh HTX tỉnh",
  "Sở Kế hoạch và Đầu tư",
  "Huyện Trà Cú",
  "Thành viên tăng 15–20%",
  '<script>alert("x")</script>',
  "<img src=x onerror=alert(1)>",
  "Dòng 1\nDòng 2\t“ngoặc” \\ /",
  "🌾 lúa 🐟 cá",
  "Ω≈ç√∫",
];

/** Text already in NFC (as the app stores it), at most `max` UTF-16 units. */
export function arbText(max: number, min = 0): fc.Arbitrary<string> {
  const raw = fc.oneof(
    fc.constantFrom(...PHRASES),
    fc.string({ unit: "grapheme", maxLength: 8 }),
    fc.string({ unit: "binary", maxLength: 8 }),
    fc.string({ maxLength: 12 }),
  );
  return raw
    .map((s) => s.normalize("NFC").slice(0, max).normalize("NFC"))
    .filter((s) => s.length >= min && s.length <= max);
}

const arbId = arbText(40, 1).filter((s) => !RESERVED.has(s));

/** A number without -0, which JSON cannot keep apart from 0. */
const noNegZero = (n: number) => n + 0;

function arbNumber(kind: IndicatorKind, unit: Unit): fc.Arbitrary<number> {
  if (kind === "share" || unit === "percent") {
    return fc.double({ min: 0, max: 100, noNaN: true }).map(noNegZero);
  }
  if (WHOLE_UNITS.has(unit)) return fc.integer({ min: 0, max: 2_000_000_000 });
  return fc.double({ min: 0, max: 1e12, noNaN: true }).map(noNegZero);
}

const arbRate = fc.double({ min: -99.99, max: 1000, noNaN: true }).map(noNegZero);

function arbTarget(value: fc.Arbitrary<number>): fc.Arbitrary<Target> {
  return fc.oneof(
    fc.record({
      bound: fc.constantFrom("exact", "atLeast", "moreThan", "atMost", "about" as const),
      value,
    }),
    fc.tuple(value, value, fc.constantFrom(undefined, true, false)).map(([a, b, about]): Target => ({
      bound: "range",
      min: Math.min(a, b),
      max: Math.max(a, b),
      ...(about === undefined ? {} : { about }),
    })),
  );
}

function arbActual(kind: IndicatorKind, unit: Unit): fc.Arbitrary<Actual> {
  const status = fc.constantFrom("estimate", "final" as const);
  const plain = fc.record({ value: arbNumber(kind, unit), status });
  if (kind !== "share" && unit !== "percent") return plain;
  const parts = fc
    .integer({ min: 1, max: 100_000 })
    .chain((denominator) => fc.tuple(fc.integer({ min: 0, max: denominator }), fc.constant(denominator)))
    .chain(([numerator, denominator]) =>
      status.map((s): Actual => ({
        value: (numerator / denominator) * 100,
        status: s,
        numerator,
        denominator,
      })),
    );
  return fc.oneof(plain, parts);
}

interface Frame {
  years: number[];
  reporting: Plan["reporting"];
}

/** Which periods get an actual: for each year the year itself, or (half-yearly) H1 and/or H2. */
function arbPeriods({ years, reporting }: Frame): fc.Arbitrary<string[]> {
  const perYear = years.map((y) =>
    reporting === "yearly"
      ? fc.constantFrom([], [String(y)])
      : fc.constantFrom([], [String(y)], [`${y}-H1`], [`${y}-H2`], [`${y}-H1`, `${y}-H2`]),
  );
  return fc.tuple(...perYear).map((lists) => lists.flat());
}

function arbSeries(kind: IndicatorKind, unit: Unit, frame: Frame): fc.Arbitrary<Series> {
  const targetValue = kind === "growth" ? arbRate : arbNumber(kind, unit);
  const keys = (periods: string[], planYears: number[]) => [
    "baseline",
    "total",
    ...planYears.map((y) => `plan:${y}`),
    ...periods.map((p) => `actual:${p}`),
  ];
  return fc
    .record({
      planYears: fc.subarray(frame.years),
      periods: arbPeriods(frame),
    })
    .chain(({ planYears, periods }) =>
      fc.record({
        baseline: fc.option(arbNumber(kind, unit), { nil: null }),
        total: fc.option(arbTarget(targetValue), { nil: null }),
        plan: fc
          .tuple(...planYears.map(() => arbTarget(targetValue)))
          .map((ts) => Object.fromEntries(planYears.map((y, i) => [String(y), ts[i] as Target]))),
        actual: fc
          .tuple(...periods.map(() => arbActual(kind, unit)))
          .map((as) => Object.fromEntries(periods.map((p, i) => [p, as[i] as Actual]))),
        notes: fc
          .subarray(keys(periods, planYears), {
            maxLength: Math.min(3, 2 + planYears.length + periods.length),
          })
          .chain((ks) =>
            fc
              .tuple(...ks.map(() => arbText(200)))
              .map((ns) => Object.fromEntries(ks.map((k, i) => [k, ns[i]!]))),
          ),
      }),
    );
}

function arbIndicator(id: string, areas: string[], frame: Frame): fc.Arbitrary<Indicator> {
  return fc
    .record({ kind: fc.constantFrom(...KINDS), unit: fc.constantFrom(...UNITS) })
    .chain(({ kind, unit }) =>
      fc.record({
        id: fc.constant(id),
        code: arbText(6),
        group: arbText(60),
        name: arbText(100, 1),
        unit: fc.constant(unit),
        kind: fc.constant(kind),
        direction: fc.constantFrom("higher", "lower" as const),
        baselineYear: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
        agency: arbText(100),
        source: arbText(200),
        note: arbText(200),
        series: fc
          .tuple(...areas.map(() => arbSeries(kind, unit, frame)))
          .map((ss) => Object.fromEntries(areas.map((a, i) => [a, ss[i] as Series]))),
      }),
    );
}

const arbDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function arbTask(id: string): fc.Arbitrary<Task> {
  return fc.record({
    id: fc.constant(id),
    code: arbText(6),
    title: arbText(200, 1),
    agency: arbText(100),
    deadline: fc.option(arbDate, { nil: null }),
    status: fc.constantFrom("notStarted", "inProgress", "done" as const),
    note: arbText(200),
    source: arbText(200),
  });
}

export interface PlanSize {
  maxIndicators?: number;
  maxSubAreas?: number;
  maxTasks?: number;
  maxYears?: number;
}

/** A valid plan (Plan and checkPlan accept it). */
export function arbPlan(size: PlanSize = {}): fc.Arbitrary<Plan> {
  const { maxIndicators = 4, maxSubAreas = 3, maxTasks = 3, maxYears = 6 } = size;
  return fc
    .record({
      startYear: fc.integer({ min: 1990, max: 2100 }),
      length: fc.integer({ min: 1, max: maxYears }),
      reporting: fc.constantFrom("yearly", "halfYearly" as const),
      subAreaIds: fc.uniqueArray(arbId, { maxLength: maxSubAreas }),
      groupIds: fc.uniqueArray(arbId, { maxLength: 2 }),
      indicatorIds: fc.uniqueArray(arbId, { maxLength: maxIndicators }),
      taskIds: fc.uniqueArray(arbId, { maxLength: maxTasks }),
    })
    .chain(({ startYear, length, reporting, subAreaIds, groupIds, indicatorIds, taskIds }) => {
      const endYear = Math.min(2100, startYear + length - 1);
      const frame: Frame = {
        years: Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i),
        reporting,
      };
      const areas = subAreaIds.length > 0 ? subAreaIds : [WHOLE_AREA];
      const iso = fc
        .date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2099-01-01T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
      return fc.record({
        id: arbId,
        title: arbText(200, 1),
        documentType: fc.constantFrom("programme", "plan" as const),
        province: fc.constantFrom(...PROVINCE_IDS),
        issuingBody: arbText(100),
        legalRef: fc.record({ number: arbText(40), date: fc.option(arbDate, { nil: null }) }),
        startYear: fc.constant(startYear),
        endYear: fc.constant(endYear),
        baselineYear: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
        reporting: fc.constant(reporting),
        moneyScale: fc.constantFrom("million", "billion" as const),
        subAreas: fc.tuple(
          ...subAreaIds.map((id): fc.Arbitrary<SubArea> =>
            fc.record({
              id: fc.constant(id),
              code: arbText(20),
              name: arbText(80, 1),
              groupId: fc
                .option(fc.constantFrom(...(groupIds.length > 0 ? groupIds : ["none"])), {
                  nil: null,
                  freq: groupIds.length > 0 ? 3 : 1,
                })
                .map((g) => (groupIds.length > 0 ? g : null)),
            }),
          ),
        ),
        subAreaGroups: fc.tuple(
          ...groupIds.map((id) => fc.record({ id: fc.constant(id), name: arbText(80, 1) })),
        ),
        statusBasis: fc.constantFrom("gain", "planShare" as const),
        notes: arbText(300),
        illustrative: fc.boolean(),
        templateId: fc.option(arbText(40), { nil: null }),
        indicators: fc.tuple(...indicatorIds.map((id) => arbIndicator(id, areas, frame))),
        tasks: fc.tuple(...taskIds.map((id) => arbTask(id))),
        createdAt: iso,
        updatedAt: iso,
      });
    });
}
