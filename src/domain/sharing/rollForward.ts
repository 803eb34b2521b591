// Rolling a programme forward: the 2026–2030 draft starts from the 2021–2025 plan. Decisions
// (docs/sharing.md):
// - same indicators (same ids: the new plan has a new id), sub-areas, reporting rhythm and tasks;
// - each baseline is the last actual of the old programme, per area: for levels, shares and growth
//   the latest recorded position; for amounts the last full year's amount. Where it came from is
//   written in the baseline cell's note ("Năm gốc lấy từ số thực hiện 2025 (ước) của …") and
//   returned as data, so the interface can show it;
// - every target is cleared, shares included: a new programme's targets are a new decision, and an
//   old number carried over silently could be issued unchanged; the old plan stays in the library;
// - actuals and other notes are cleared, tasks start again (not started, no deadline), the legal
//   reference is cleared (the new document is not issued yet).
import { periodActual, yearActual } from "../actuals";
import { MAX_PROGRAMME_YEARS } from "../detailsRules";
import { checkPlan, type PlanProblem } from "../planChecks";
import { reportingPeriods, yearsOf } from "../periods";
import { type ActualStatus, type Indicator, MAX_YEAR, MIN_YEAR, Plan, type Series } from "../schema";

export interface RollForwardOptions {
  id: string;
  /** ISO timestamp of creation. */
  now: string;
  /** Default: the year after the old programme ends. */
  startYear?: number;
  /** Default: as long as the old programme. */
  endYear?: number;
  /** Default: the old title with its years replaced ("2021–2025" → "2026–2030"). */
  title?: string;
}

/** Where one baseline of the draft came from. */
export interface BaselineOrigin {
  indicatorId: string;
  area: string;
  /** The baseline taken; null when the old programme has no actual for this series. */
  value: number | null;
  /** The old period it was taken from ("2025", "2025-H1"); null when none. */
  period: string | null;
  status: ActualStatus | null;
  /** Amounts: the sum of the old programme's yearly actuals, for reference. */
  programmeTotal: number | null;
}

export type RollForwardError =
  { reason: "invalidPeriod" } | { reason: "invalidResult"; problems: PlanProblem[] };

export type RollForwardResult =
  { ok: true; plan: Plan; baselines: BaselineOrigin[] } | { ok: false; error: RollForwardError };

const viNumber = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

type OldPlan = Pick<Plan, "startYear" | "endYear" | "reporting">;

/** The last actual of one old series, as the draft's baseline. */
export function lastActual(
  old: OldPlan,
  ind: Pick<Indicator, "kind">,
  s: Series,
): Omit<BaselineOrigin, "indicatorId" | "area"> {
  const none = { value: null, period: null, status: null, programmeTotal: null };
  if (ind.kind === "amount") {
    const years = yearsOf(old);
    const actuals = years.map((y) => yearActual(ind.kind, s, y));
    const total = actuals.reduce<number | null>((sum, a) => (a ? (sum ?? 0) + a.value : sum), null);
    for (let i = years.length - 1; i >= 0; i--) {
      const a = actuals[i];
      if (a)
        return {
          value: a.value,
          period: String(years[i]),
          status: a.estimate ? "estimate" : "final",
          programmeTotal: total,
        };
    }
    return none;
  }
  const periods = reportingPeriods(old);
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i]!;
    const a = periodActual(s, p.year, p.half);
    if (a) return { value: a.value, period: p.key, status: a.status, programmeTotal: null };
  }
  return none;
}

/** "Năm gốc lấy từ số thực hiện 2025 (ước) của "<title>"" — stored in the plan, so in Vietnamese. */
export function baselineNote(origin: Omit<BaselineOrigin, "indicatorId" | "area">, old: Plan): string {
  if (origin.period === null) return "";
  const [year, half] = origin.period.split("-");
  const when = half === "H1" ? `6 tháng đầu năm ${year}` : `năm ${year}`;
  const status = origin.status === "estimate" ? "ước" : "chính thức";
  let note = `Năm gốc lấy từ số thực hiện ${when} (${status}) của "${old.title}"`;
  if (origin.programmeTotal !== null)
    note += `; tổng số thực hiện ${old.startYear}–${old.endYear} đã ghi nhận: ${viNumber.format(origin.programmeTotal)}`;
  return cut(note + ".", 2000);
}

function period(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`;
}

/** The old title with its years replaced: "… giai đoạn 2021–2025" → "… giai đoạn 2026–2030". */
export function rolledTitle(old: Plan, start: number, end: number): string {
  const span = new RegExp(`${old.startYear}\\s*[–—-]\\s*${old.endYear}`);
  if (old.startYear !== old.endYear && span.test(old.title))
    return cut(old.title.replace(span, period(start, end)), 500);
  const single = new RegExp(`\\b${old.startYear}\\b(?!.*\\b${old.startYear}\\b)`);
  if (old.startYear === old.endYear && single.test(old.title))
    return cut(old.title.replace(single, period(start, end)), 500);
  return cut(`${old.title} (${period(start, end)})`, 500);
}

export function rollForward(old: Plan, options: RollForwardOptions): RollForwardResult {
  const startYear = options.startYear ?? old.endYear + 1;
  const endYear = options.endYear ?? startYear + (old.endYear - old.startYear);
  const valid = (y: number) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
  if (
    !valid(startYear) ||
    !valid(endYear) ||
    endYear < startYear ||
    endYear - startYear + 1 > MAX_PROGRAMME_YEARS
  )
    return { ok: false, error: { reason: "invalidPeriod" } };
  const oldPeriod = period(old.startYear, old.endYear);
  const baselines: BaselineOrigin[] = [];

  const indicators: Indicator[] = old.indicators.map((ind) => {
    const series: Record<string, Series> = {};
    const years = new Set<number>();
    for (const [area, s] of Object.entries(ind.series)) {
      const origin = lastActual(old, ind, s);
      baselines.push({ indicatorId: ind.id, area, ...origin });
      if (origin.period) years.add(Number(origin.period.slice(0, 4)));
      const note = baselineNote(origin, old);
      series[area] = {
        baseline: origin.value,
        total: null,
        plan: {},
        actual: {},
        notes: note ? { baseline: note } : {},
      };
    }
    // One year for the indicator's baselines when all areas agree; else the plan's, and the notes
    // say the truth per area.
    const [only] = years;
    const baselineYear = years.size === 1 && only !== undefined && only !== old.endYear ? only : null;
    return {
      ...structuredClone(ind),
      baselineYear,
      source: ind.source ? cut(`Kế thừa từ giai đoạn ${oldPeriod}: ${ind.source}`, 1000) : "",
      series,
    };
  });

  const plan: Plan = {
    ...structuredClone(old),
    id: options.id,
    title: cut(options.title ?? rolledTitle(old, startYear, endYear), 500),
    legalRef: { number: "", date: null },
    startYear,
    endYear,
    baselineYear: old.endYear,
    notes: cut(
      `Dự thảo giai đoạn ${period(startYear, endYear)}, lập từ "${old.title}". Năm gốc của mỗi chỉ tiêu lấy từ số thực hiện cuối cùng của giai đoạn ${oldPeriod} (xem ghi chú ở ô năm gốc); chỉ tiêu kế hoạch để trống để xây dựng mới.`,
      5000,
    ),
    templateId: null,
    indicators,
    tasks: old.tasks.map((t) => ({
      ...t,
      status: "notStarted",
      deadline: null,
      source: t.source ? cut(`Kế thừa từ giai đoạn ${oldPeriod}: ${t.source}`, 1000) : "",
    })),
    createdAt: options.now,
    updatedAt: options.now,
  };
  // Only the options can make it invalid (an empty title …): the old plan was valid.
  if (!Plan.safeParse(plan).success)
    return { ok: false, error: { reason: "invalidResult", problems: [{ code: "invalidDetails" }] } };
  const problems = checkPlan(plan);
  if (problems.length > 0) return { ok: false, error: { reason: "invalidResult", problems } };
  return { ok: true, plan, baselines };
}
